export type LonLat = readonly [lon: number, lat: number];

/**
 * Makes a polyline's longitudes continuous: each point is shifted by a multiple of 360°
 * so that it lies within 180° of the previous one. The first point is kept as given, so a
 * line that crosses the antimeridian continues past ±180° (e.g. -170 → -190) instead of
 * jumping across the whole map.
 */
export function unwrapLongitudes(points: readonly LonLat[]): [number, number][] {
  const out: [number, number][] = [];
  let prev: number | undefined;
  for (const [lon, lat] of points) {
    let x = lon;
    if (prev !== undefined) x += 360 * Math.round((prev - lon) / 360);
    out.push([x, lat]);
    prev = x;
  }
  return out;
}
