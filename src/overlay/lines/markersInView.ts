import { toScreen, type Viewport } from '../viewport';

/**
 * Screen px around the view within which a partner marker is drawn: its label runs up to
 * ~200 px right of the dot, so a dot just off the left edge still shows its name.
 */
export const MARKER_MARGIN = 200;

/**
 * The flows whose partner marker (`target`, world coordinates) shows in the view or within
 * `margin` px of it, on the world copy nearest the view centre (where the markers are drawn),
 * in their given order; `keep` (a focused marker) is listed wherever it is, so focus is never
 * lost to a pan.
 */
export function markersInView<F extends { readonly id: string; readonly target: readonly [number, number] }>(
  flows: readonly F[],
  v: Viewport,
  keep: string | null = null,
  margin = MARKER_MARGIN,
): F[] {
  return flows.filter((f) => {
    if (f.id === keep) return true;
    const [x, y] = toScreen(v, f.target);
    return x >= -margin && x <= v.width + margin && y >= -margin && y <= v.height + margin;
  });
}
