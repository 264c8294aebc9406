import { scaleSqrt } from 'd3-scale';
import { toWorld } from '../geo/mercator.ts';
import type { Production, StoryEvent } from '../data/types.ts';

/** A production symbol, ready to draw. */
export interface ProductionMark {
  readonly iso: string;
  readonly country: string;
  readonly world: readonly [number, number];
  /** Radius in screen pixels. */
  readonly r: number;
  readonly production: number;
}

/** The largest symbol's radius; the legend shares it. */
export const PRODUCTION_MAX_RADIUS = 28;

/** Area-true symbols: radius ∝ √production, largest producer at PRODUCTION_MAX_RADIUS. */
export function productionRadius(production: Production): (value: number) => number {
  const max = Math.max(1, ...production.rows.map((r) => r.production));
  return scaleSqrt().domain([0, max]).range([0, PRODUCTION_MAX_RADIUS]);
}

export function prepareProduction(production: Production): ProductionMark[] {
  const radius = productionRadius(production);
  return production.rows
    .filter((r) => r.production > 0)
    .map((r) => ({ iso: r.iso, country: r.country, world: toWorld([r.lon, r.lat]), r: Math.max(1.5, radius(r.production)), production: r.production }))
    .sort((a, b) => b.r - a.r);
}

/** A context event on the map (China's controls, the Busan meeting, a US statement). */
export interface EventMark {
  readonly id: string;
  readonly kind: StoryEvent['kind'];
  /** Whose act it is, which colours its diamond: the first party, US or China, else neither. */
  readonly actor: 'us' | 'cn' | 'other';
  readonly title: string;
  readonly date: string;
  readonly world: readonly [number, number];
}

export function prepareEventMark(e: StoryEvent): EventMark {
  return { id: e.id, kind: e.kind, actor: actorOf(e), title: e.title, date: e.date, world: toWorld([e.place.lon, e.place.lat]) };
}

/** The party whose act an event is (its first party), as the class that colours its marker. */
export function actorOf(e: Pick<StoryEvent, 'parties'>): EventMark['actor'] {
  const first = e.parties[0];
  return first === 'US' ? 'us' : first === 'CN' ? 'cn' : 'other';
}
