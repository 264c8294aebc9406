import type { LonLat } from './unwrap';

/** MapLibre's world size at zoom 0 (512-px tiles). Screen px = world units × 2^zoom. */
export const WORLD_SIZE = 512;
/** Web Mercator's latitude limit: the square world. */
export const MAX_LAT = 85.051129;

/**
 * Web Mercator world coordinates at zoom 0, the same as MapLibre's: x grows east from
 * -180° (0) to +180° (512) and keeps going past ±180° for unwrapped longitudes; y grows
 * south from 85.05°N (0) to 85.05°S (512).
 */
export function toWorld([lon, lat]: LonLat): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * WORLD_SIZE;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * WORLD_SIZE;
  return [x, y];
}

/** Inverse of toWorld. */
export function fromWorld([x, y]: readonly [number, number]): [number, number] {
  const lon = (x / WORLD_SIZE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / WORLD_SIZE))) * 180) / Math.PI;
  return [lon, lat];
}
