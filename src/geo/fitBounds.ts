import { fromWorld } from './mercator.ts';
import { wrapLongitude } from './wrap.ts';

/** A map camera: centre [lon, lat] with lon in [-180, 180), and zoom (512 px world at zoom 0). */
export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export function toPadding(padding: number | Padding): Padding {
  return typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
}

/**
 * The camera that fits a box of world coordinates (zoom-0 pixels of Web Mercator, x
 * possibly unwrapped past one world) inside a width × height view less `padding`: the
 * largest zoom at which both sides fit, centred in the padded frame. Pure Web Mercator
 * with MapLibre's 512 px world, no bearing or pitch: the same camera whatever draws the map.
 */
export function fitWorldBox(
  box: readonly [readonly [number, number], readonly [number, number]],
  width: number,
  height: number,
  padding: number | Padding = 0,
): Camera {
  const [[x0, y0], [x1, y1]] = box;
  const pad = toPadding(padding);
  const innerWidth = Math.max(1, width - pad.left - pad.right);
  const innerHeight = Math.max(1, height - pad.top - pad.bottom);
  const zoom = Math.log2(Math.min(innerWidth / Math.max(1e-9, x1 - x0), innerHeight / Math.max(1e-9, y1 - y0)));
  // The padding moves the frame's centre off the viewport's centre by half the imbalance.
  const scale = 2 ** zoom;
  const cx = (x0 + x1) / 2 - (pad.left - pad.right) / 2 / scale;
  const cy = (y0 + y1) / 2 - (pad.top - pad.bottom) / 2 / scale;
  const [lon, lat] = fromWorld([cx, cy]);
  return { center: [wrapLongitude(lon), lat], zoom };
}
