import { WORLD_SIZE } from '../../geo/mercator';
import type { FlowMark } from '../../marks/prepareFlows';
import type { Viewport } from '../viewport';

/** A box in world coordinates: [[x0, y0], [x1, y1]]. */
export type WorldExtent = readonly [readonly [number, number], readonly [number, number]];

/**
 * The world copies (…, −1, 0, +1, …: whole world widths added to x) on which a box drawn
 * in world coordinates shows at least partly in the viewport, `pad` screen pixels around
 * it included (half a line width, so a line just off the edge still paints its cap).
 * Empty when the box is above or below the view. In increasing order.
 */
export function visibleCopies(extent: WorldExtent, v: Viewport, pad = 0): number[] {
  const [[x0, y0], [x1, y1]] = extent;
  // Vertical: y does not repeat.
  const top = (y0 - v.cy) * v.k + v.height / 2;
  const bottom = (y1 - v.cy) * v.k + v.height / 2;
  if (bottom < -pad || top > v.height + pad) return [];
  // Horizontal: screen x of world x on copy c is (x + c·W − cx)·k + width/2.
  const halfSpan = (v.width / 2 + pad) / v.k;
  const lo = Math.ceil((v.cx - halfSpan - x1) / WORLD_SIZE - 1e-9);
  const hi = Math.floor((v.cx + halfSpan - x0) / WORLD_SIZE + 1e-9);
  const copies: number[] = [];
  for (let c = lo; c <= hi; c++) copies.push(c + 0); // + 0: never −0
  return copies;
}

/** Whether a box on world copy `copy` shows in the viewport (same test as visibleCopies, one copy). */
export function isVisibleOn(extent: WorldExtent, v: Viewport, copy: number, pad = 0): boolean {
  const [[x0, y0], [x1, y1]] = extent;
  const dx = copy * WORLD_SIZE - v.cx;
  const left = (x0 + dx) * v.k + v.width / 2;
  const right = (x1 + dx) * v.k + v.width / 2;
  const top = (y0 - v.cy) * v.k + v.height / 2;
  const bottom = (y1 - v.cy) * v.k + v.height / 2;
  return right >= -pad && left <= v.width + pad && bottom >= -pad && top <= v.height + pad;
}

/** Stroke widths are rounded to this step (screen px) so 1,000 flows share a handful of styles. */
export const WIDTH_STEP = 0.5;

export function quantizeWidth(width: number): number {
  return Math.max(WIDTH_STEP, Math.round(width / WIDTH_STEP) * WIDTH_STEP);
}

/** Flows that are stroked with one style: one `stroke()` per group per world copy. */
export interface StyleGroup {
  /** `${width}` or `${width}:active`. */
  readonly key: string;
  /** Line width in screen pixels (quantised). */
  readonly width: number;
  readonly active: boolean;
  /** Indexes into the flows passed in, in their order. */
  readonly members: readonly number[];
  /** The union of the members' extents. */
  readonly extent: WorldExtent;
}

/**
 * Flows → style groups, in drawing order: thinner lines first (so the wider, more valuable
 * deals are drawn over them), the active flow last (on top, as the SVG layer does).
 */
export function groupByStyle(flows: readonly Pick<FlowMark, 'id' | 'width' | 'extent'>[], activeId: string | null): StyleGroup[] {
  const groups = new Map<string, { width: number; active: boolean; members: number[]; x0: number; y0: number; x1: number; y1: number }>();
  flows.forEach((f, i) => {
    const active = f.id === activeId;
    const width = quantizeWidth(f.width);
    const key = active ? `${width}:active` : `${width}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { width, active, members: [], x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity }));
    g.members.push(i);
    const [[x0, y0], [x1, y1]] = f.extent;
    g.x0 = Math.min(g.x0, x0);
    g.y0 = Math.min(g.y0, y0);
    g.x1 = Math.max(g.x1, x1);
    g.y1 = Math.max(g.y1, y1);
  });
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      width: g.width,
      active: g.active,
      members: g.members,
      extent: [
        [g.x0, g.y0],
        [g.x1, g.y1],
      ] as const,
    }))
    .sort((a, b) => Number(a.active) - Number(b.active) || a.width - b.width);
}

/**
 * The canvas transform that draws world coordinates (zoom 0) on world copy `copy`, in
 * device pixels: x_device = dpr·(k·(x + copy·W − cx) + width/2). Same as groupTransform, times dpr.
 */
export function copyTransform(v: Viewport, copy: number, dpr: number): [number, number, number, number, number, number] {
  const s = dpr * v.k;
  const tx = dpr * ((copy * WORLD_SIZE - v.cx) * v.k + v.width / 2);
  const ty = dpr * (-v.cy * v.k + v.height / 2);
  return [s, 0, 0, s, tx, ty];
}
