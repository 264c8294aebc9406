import { greatCircle, greatCircleMaxLatitude } from './greatCircle.ts';
import { toWorld, fromWorld } from './mercator.ts';
import type { LonLat } from './unwrap.ts';

/** Above this latitude Web Mercator stretches a line beyond use (and stops at 85°). */
export const POLAR_LIMIT = 72;

/**
 * The line a flow is drawn along, as unwrapped lon/lat points from `origin` to `target`.
 *
 * It is the great circle, the route a reader knows from flight maps, whenever that stays
 * clear of the poles (Washington → Tokyo over Alaska, Washington → Canberra across the
 * Pacific). A great circle between nearly antipodal points (Washington → Kuala Lumpur)
 * runs over the North Pole, which a Web Mercator map cannot show; those flows instead
 * bow across the Pacific in projected space, heading west like the others, as a quadratic
 * Bézier whose control point lifts the curve poleward by a fifth of its length.
 */
export function flowLine(origin: LonLat, target: LonLat, segments = 64): [number, number][] {
  if (greatCircleMaxLatitude(origin, target) <= POLAR_LIMIT) return greatCircle(origin, target, segments);
  // Head west from the origin: put the target's longitude 0–360° west of it.
  const west = target[0] - 360 * Math.ceil((target[0] - origin[0]) / 360);
  const [x0, y0] = toWorld(origin);
  const [x1, y1] = toWorld([west, target[1]]);
  const dx = x1 - x0;
  const dy = y1 - y0;
  const length = Math.hypot(dx, dy);
  // Perpendicular to the chord, pointing north (negative y in world coordinates).
  let nx = -dy / length;
  let ny = dx / length;
  if (ny > 0) [nx, ny] = [-nx, -ny];
  const cx = (x0 + x1) / 2 + nx * length * 0.2;
  const cy = (y0 + y1) / 2 + ny * length * 0.2;
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    const x = u * u * x0 + 2 * u * t * cx + t * t * x1;
    const y = u * u * y0 + 2 * u * t * cy + t * t * y1;
    points.push(i === 0 ? [origin[0], origin[1]] : i === segments ? [west, target[1]] : fromWorld([x, y]));
  }
  return points;
}
