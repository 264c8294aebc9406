import { nearestLongitude } from './wrap.ts';

export type LonLat = readonly [lon: number, lat: number];

/**
 * Makes a polyline's longitudes continuous: each point is shifted by a multiple of 360°
 * so that it lies within 180° of the previous one. The first point is kept as given (or,
 * with `start`, moved next to that longitude), so a line that crosses the antimeridian
 * continues past ±180° (e.g. -170 → -190) instead of jumping across the whole map.
 * Coordinates after the latitude are carried through.
 */
export function unwrapLongitudes(points: readonly LonLat[], start?: number): [number, number][];
export function unwrapLongitudes(points: readonly (readonly number[])[], start?: number): number[][];
export function unwrapLongitudes(points: readonly (readonly number[])[], start?: number): number[][] {
  const out: number[][] = [];
  let prev = start;
  for (const [lon = NaN, ...rest] of points) {
    const x = prev === undefined ? lon : nearestLongitude(lon, prev);
    out.push([x, ...rest]);
    prev = x;
  }
  return out;
}
