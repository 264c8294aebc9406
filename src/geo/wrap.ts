// Longitudes and world copies: one rule each, for every module that repeats the world.

/** A longitude in [-180, 180): whole turns removed. */
export function wrapLongitude(lon: number): number {
  return lon - 360 * Math.round(lon / 360);
}

/** A world x (zoom-0 pixels) in [0, worldWidth). */
export function wrapWorldX(x: number, worldWidth: number): number {
  return ((x % worldWidth) + worldWidth) % worldWidth;
}

/**
 * The whole number of world widths to shift `x` by so that it lands nearest `centre`:
 * MapLibre repeats the world horizontally, and an overlay drawn in unwrapped coordinates
 * must follow the copy the reader is looking at.
 */
export function nearestCopy(x: number, centre: number, worldWidth: number): number {
  return Math.round((centre - x) / worldWidth);
}

/** Longitude `lon` shifted by whole turns to lie within 180° of `reference`. */
export function nearestLongitude(lon: number, reference: number): number {
  return lon + 360 * nearestCopy(lon, reference, 360);
}
