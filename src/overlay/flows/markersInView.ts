import { toScreen, type Viewport } from '../viewport';

/**
 * Screen px around the view within which a partner marker is drawn: its label runs up to
 * ~200 px right of the dot, so a dot just off the left edge still shows its name.
 */
export const MARKER_MARGIN = 200;

/**
 * Whether a marker at `world` (world coordinates) shows in the view or within `margin` px
 * of it, on the world copy nearest the view centre (where the markers are drawn).
 */
export function isMarkerInView(v: Viewport, world: readonly [number, number], margin = MARKER_MARGIN): boolean {
  const [x, y] = toScreen(v, world);
  return x >= -margin && x <= v.width + margin && y >= -margin && y <= v.height + margin;
}
