import { geoInterpolate } from 'd3-geo';
import { unwrapLongitudes, type LonLat } from './unwrap.ts';

/**
 * Samples the great circle from `a` to `b` (the shorter arc) at `segments + 1` points,
 * with continuous longitudes: the first point is exactly `a`, the last is `b` shifted by a
 * multiple of 360° where the arc crosses the antimeridian, with `b`'s exact latitude.
 */
export function greatCircle(a: LonLat, b: LonLat, segments = 64): [number, number][] {
  if (!(segments >= 1)) throw new RangeError(`greatCircle: segments must be ≥ 1, got ${segments}`);
  const interpolate = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
  const points: LonLat[] = [];
  for (let i = 0; i <= segments; i++) points.push(i === 0 ? a : i === segments ? b : interpolate(i / segments));
  return unwrapLongitudes(points);
}

/** Largest |latitude| reached along the great circle from a to b. */
export function greatCircleMaxLatitude(a: LonLat, b: LonLat, segments = 90): number {
  const interpolate = geoInterpolate([a[0], a[1]], [b[0], b[1]]);
  let max = 0;
  for (let i = 0; i <= segments; i++) max = Math.max(max, Math.abs(interpolate(i / segments)[1]));
  return max;
}
