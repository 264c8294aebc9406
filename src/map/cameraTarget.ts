import { fromWorld, toWorld, WORLD_SIZE } from '../geo/mercator.ts';
import { nearestLongitude } from '../geo/worldCopy.ts';

export interface Camera {
  readonly center: readonly [lon: number, lat: number];
  readonly zoom: number;
}

export interface FrameOptions {
  readonly width: number;
  readonly height: number;
  /** Room to leave on every side, in pixels. */
  readonly padding: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/**
 * The camera that fits world-coordinate points (possibly unwrapped past ±180°) into a
 * width × height view: zoom = log2 of the scale at which their box fits inside the
 * padding. Pure Web Mercator, no MapLibre: the same result whatever draws the map.
 */
export function frameWorldPoints(points: readonly (readonly [number, number])[], o: FrameOptions): Camera {
  if (points.length === 0) throw new RangeError('frameWorldPoints: no points');
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x); x1 = Math.max(x1, x);
    y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  const w = Math.max(1e-6, x1 - x0);
  const h = Math.max(1e-6, y1 - y0);
  const fit = Math.min((o.width - 2 * o.padding) / w, (o.height - 2 * o.padding) / h);
  const zoom = Math.max(o.minZoom, Math.min(o.maxZoom, Math.log2(Math.max(1e-6, fit))));
  const [lon, lat] = fromWorld([(x0 + x1) / 2, (y0 + y1) / 2]);
  return { center: [wrap(lon), lat], zoom };
}

/** A camera on one place at a fixed zoom. */
export function frameLonLat(lonLat: readonly [number, number], zoom: number): Camera {
  const [x, y] = toWorld(lonLat);
  const [lon, lat] = fromWorld([((x % WORLD_SIZE) + WORLD_SIZE) % WORLD_SIZE, y]);
  return { center: [lon, lat], zoom };
}

/** The same camera with its longitude moved by whole turns next to `fromLon`, so a flight takes the short way. */
export function nearCurrent(camera: Camera, fromLon: number): Camera {
  return { ...camera, center: [nearestLongitude(camera.center[0], fromLon), camera.center[1]] };
}

function wrap(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}
