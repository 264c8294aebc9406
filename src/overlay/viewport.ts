import { toWorld, WORLD_SIZE } from '../geo/mercator.ts';
import { nearestCopy } from '../geo/wrap.ts';
import type { LonLat } from '../geo/unwrap.ts';

/**
 * A north-up, unpitched Web Mercator view: enough to place anything drawn in world
 * coordinates exactly where MapLibre draws the map (screen = (world − centre) × 2^zoom +
 * half the size). The map disables rotation and pitch so this always holds.
 */
export interface Viewport {
  /** The view centre in world coordinates at zoom 0. */
  readonly cx: number;
  readonly cy: number;
  /** 2^zoom. */
  readonly k: number;
  readonly width: number;
  readonly height: number;
}

export function viewportFor(center: LonLat, zoom: number, width: number, height: number): Viewport {
  const [cx, cy] = toWorld(center);
  return { cx, cy, k: 2 ** zoom, width, height };
}

/** World coordinates → screen pixels, on the world copy nearest the view centre. */
export function toScreen(v: Viewport, [x, y]: readonly [number, number]): [number, number] {
  const copy = nearestCopy(x, v.cx, WORLD_SIZE) * WORLD_SIZE;
  return [(x + copy - v.cx) * v.k + v.width / 2, (y - v.cy) * v.k + v.height / 2];
}

/** The SVG transform that maps a world-coordinate group (shifted by `copy` world widths) onto the screen. */
export function groupTransform(v: Viewport, copy = 0): string {
  const tx = (copy * WORLD_SIZE - v.cx) * v.k + v.width / 2;
  const ty = -v.cy * v.k + v.height / 2;
  return `translate(${round(tx)},${round(ty)}) scale(${v.k})`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
