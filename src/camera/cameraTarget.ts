import { bbox } from '../geo/bbox.ts';
import { fitWorldBox, type Camera } from '../geo/fitBounds.ts';
import { fromWorld, toWorld, WORLD_SIZE } from '../geo/mercator.ts';
import { nearestLongitude, wrapWorldX } from '../geo/wrap.ts';

export type { Camera };

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
 * width × height view, its zoom held between minZoom and maxZoom (src/geo/fitBounds.ts).
 */
export function frameWorldPoints(points: readonly (readonly [number, number])[], o: FrameOptions): Camera {
  if (points.length === 0) throw new RangeError('frameWorldPoints: no points');
  const fit = fitWorldBox(bbox(points), o.width, o.height, o.padding);
  return { center: fit.center, zoom: Math.max(o.minZoom, Math.min(o.maxZoom, fit.zoom)) };
}

/** A camera on one place at a fixed zoom. */
export function frameLonLat(lonLat: readonly [number, number], zoom: number): Camera {
  const [x, y] = toWorld(lonLat);
  const [lon, lat] = fromWorld([wrapWorldX(x, WORLD_SIZE), y]);
  return { center: [lon, lat], zoom };
}

/** The same camera with its longitude moved by whole turns next to `fromLon`, so a flight takes the short way. */
export function nearCurrent(camera: Camera, fromLon: number): Camera {
  return { ...camera, center: [nearestLongitude(camera.center[0], fromLon), camera.center[1]] };
}
