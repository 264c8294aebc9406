import { bbox } from '../geo/bbox.ts';
import { flowLine } from '../geo/flowLine.ts';
import { toWorld } from '../geo/mercator.ts';
import type { StoryEvent } from '../data/types.ts';
import { t } from '../i18n/locale.ts';

/** One US deal, ready to draw: geometry in world coordinates, styling already scaled. */
export interface FlowMark {
  readonly id: string;
  readonly title: string;
  readonly partnerName: string;
  readonly date: string;
  readonly valueLabel: string;
  /** SVG path in world coordinates (zoom 0), unwrapped across the antimeridian. */
  readonly d: string;
  /** World x of the line's middle: picks the world copy nearest the view. */
  readonly midX: number;
  readonly origin: readonly [number, number];
  readonly target: readonly [number, number];
  /** Corners of the line's box in world coordinates: what the camera frames. */
  readonly extent: readonly [readonly [number, number], readonly [number, number]];
  /** Stroke width in screen pixels. */
  readonly width: number;
  /** The partner's name goes left of its marker: another partner sits just east (Manila beside Bangkok). */
  readonly labelLeft: boolean;
}

/** Every deal line's width in screen pixels. */
export const FLOW_WIDTH = 3;

/**
 * Deals → flow marks, every line the same width. Width does not encode a dollar value:
 * only one deal states a figure, and that one (a project pipeline) is not comparable with
 * the others' commitments; the card and the table give each figure with whose it is.
 */
export function prepareFlows(deals: readonly StoryEvent[], partyName: (id: string) => string): FlowMark[] {
  return deals.flatMap((e) => {
    if (!e.deal) return [];
    const line = flowLine([e.deal.origin.lon, e.deal.origin.lat], [e.deal.target.lon, e.deal.target.lat]);
    const world = line.map(toWorld);
    const mid = world[Math.floor(world.length / 2)]!;
    return [
      {
        id: e.id,
        title: e.title,
        partnerName: partyName(e.deal.partner),
        date: e.date,
        valueLabel: e.value?.label ?? t('map.noDollarFigure'),
        d: pathData(world),
        midX: mid[0],
        origin: world[0]!,
        target: toWorld([e.deal.target.lon, e.deal.target.lat]),
        extent: bbox(world),
        width: FLOW_WIDTH,
        labelLeft: crowdedEast(e, deals),
      },
    ];
  });
}

/**
 * Whether another deal's partner marker lies within a name's length east of this one and
 * at about its latitude (25° of longitude, 6° of latitude: a country's name at the story's
 * zooms), where a name written to the right would run into it.
 */
export function crowdedEast(e: StoryEvent, deals: readonly StoryEvent[]): boolean {
  const t = e.deal?.target;
  if (!t) return false;
  return deals.some((o) => {
    const u = o.deal?.target;
    if (!u || o === e) return false;
    const east = (((u.lon - t.lon) % 360) + 360) % 360;
    return east > 0 && east < 25 && Math.abs(u.lat - t.lat) < 6;
  });
}

/** "M x,y L x,y …" rounded to 3 decimals (a thousandth of a zoom-0 pixel). */
export function pathData(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r(x)},${r(y)}`).join('');
}

/**
 * The points of a path written by pathData, in world coordinates: its inverse (to the
 * 3 decimals pathData keeps). Throws on anything else, so a path from elsewhere fails loudly.
 */
export function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  const command = /([ML])(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/y;
  let end = 0;
  for (let match = command.exec(d); match !== null; match = command.exec(d)) {
    if ((match[1] === 'M') !== (points.length === 0)) break;
    points.push([Number(match[2]), Number(match[3])]);
    end = command.lastIndex;
  }
  if (end !== d.length || points.length === 0) throw new SyntaxError(`pathPoints: not a path written by pathData: "${d.slice(0, 40)}"`);
  return points;
}

function r(n: number): number {
  return Math.round(n * 1000) / 1000;
}
