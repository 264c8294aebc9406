import type { StoryData, StoryEvent } from '../data/types.ts';
import { toWorld } from '../geo/mercator.ts';
import { prepareFlows, type FlowMark } from '../marks/prepareFlows.ts';
import { prepareEventMark, prepareProduction, productionRadius, type EventMark, type ProductionMark } from '../marks/pointMarks.ts';

/** Where the deal lines start, drawn as a labelled dot. */
export interface OriginMark {
  readonly name: string;
  readonly world: readonly [number, number];
}

/**
 * What the story's data become once, before any view: every mark in world coordinates,
 * the scales, the names. Pure (no DOM, no map), so the live map, the still renderer and
 * the tests derive their views from the same model.
 */
export interface StoryModel {
  readonly events: readonly StoryEvent[];
  readonly partyName: (id: string) => string;
  /** ISO numeric id of each party, for the basemap labels a marker replaces. */
  readonly partyIso: ReadonlyMap<string, string | null>;
  /** Every deal, prepared once; a view keeps those in force. */
  readonly flows: readonly FlowMark[];
  /** Every context event (not a deal), prepared once. */
  readonly eventMarks: ReadonlyMap<string, EventMark>;
  readonly origin: OriginMark | null;
  readonly production: readonly ProductionMark[];
  /** The production circles' scale, shared by the map and the legend. */
  readonly productionRadius: (value: number) => number;
}

export function storyModel(data: StoryData): StoryModel {
  const names = new Map(data.parties.map((p) => [p.id, p.name]));
  const partyName = (id: string) => names.get(id) ?? id;
  const firstDeal = data.events.find((e) => e.deal)?.deal;
  return {
    events: data.events,
    partyName,
    partyIso: new Map(data.parties.map((p) => [p.id, p.iso])),
    flows: prepareFlows(
      data.events.filter((e) => e.deal),
      partyName,
    ),
    eventMarks: new Map(data.events.filter((e) => !e.deal).map((e) => [e.id, prepareEventMark(e)])),
    origin: firstDeal ? { name: firstDeal.origin.label ?? firstDeal.origin.name, world: toWorld([firstDeal.origin.lon, firstDeal.origin.lat]) } : null,
    production: prepareProduction(data.production),
    productionRadius: productionRadius(data.production),
  };
}
