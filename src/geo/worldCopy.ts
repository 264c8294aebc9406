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
