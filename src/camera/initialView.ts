import { fitWorldBox, type Camera, type Padding } from '../geo/fitBounds.ts';
import { toWorld, WORLD_SIZE } from '../geo/mercator.ts';
import { wrapLongitude } from '../geo/wrap.ts';

export type { Camera, Padding };

// The first view: a Pacific-centred frame from the Indian Ocean to the US east coast.
//
// The frame crosses the antimeridian, so it is written with unwrapped longitudes (east of
// 180 as 180 + x: Washington, -77°, is 283°). MapLibre 6's fitBounds does accept these
// (checked in Chromium: centre 175°, the same zoom as here), but the camera is needed
// before the map exists (its first frame, its minZoom), so it is computed here:
// Web Mercator, 512 px world at zoom 0 (MapLibre's tile size), no bearing, no pitch.

/** [[west, south], [east, north]] in degrees; east may exceed 180 (unwrapped). */
export type UnwrappedBounds = readonly [readonly [number, number], readonly [number, number]];

const TILE_SIZE = WORLD_SIZE;

/** Indian Ocean (60°E) to past Washington DC (77°W = 283°E); Tasmania to the Bering Strait, where the US–Japan great circle peaks (67°N). */
export function initialBounds(): UnwrappedBounds {
  return [
    [60, -45],
    [290, 68],
  ];
}

/**
 * The centre and zoom that fit `bounds` inside a `width` × `height` viewport less `padding`.
 * The zoom is the largest at which both the longitude span and the Mercator height fit.
 */
export function cameraFor(bounds: UnwrappedBounds, width: number, height: number, padding: number | Padding = 0): Camera {
  const [[west, south], [east, north]] = bounds;
  if (!(east > west) || !(north > south)) throw new RangeError(`cameraFor: empty bounds ${JSON.stringify(bounds)}`);
  return fitWorldBox([toWorld([west, north]), toWorld([east, south])], width, height, padding);
}

/** Where [lon, lat] lands in a width × height viewport under `camera`, taking the nearest world copy. */
export function screenPoint(camera: Camera, width: number, height: number, [lon, lat]: readonly [number, number]): [number, number] {
  const scale = TILE_SIZE * 2 ** camera.zoom;
  const near = camera.center[0] + wrapLongitude(lon - camera.center[0]);
  return [width / 2 + (mercatorX(near) - mercatorX(camera.center[0])) * scale, height / 2 + (mercatorY(lat) - mercatorY(camera.center[1])) * scale];
}

// Unit-square Web Mercator (world coordinates ÷ WORLD_SIZE), from the shared geometry.
function mercatorX(lon: number): number {
  return toWorld([lon, 0])[0] / WORLD_SIZE;
}

function mercatorY(lat: number): number {
  return toWorld([0, lat])[1] / WORLD_SIZE;
}
