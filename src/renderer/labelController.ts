import type { ViewState, ViewStore } from '../state/store';

/** Whatever draws the map (MapLibre or the SVG fallback, src/renderer/storyMap.ts). */
export interface LabelTarget {
  /** Hides the basemap labels of these ISO numeric ids (all others shown). */
  hideLabels(ids: readonly string[]): void;
}

/**
 * Hides the basemap's country label where a marker already names the place (each partner
 * of a deal in force, and the origin's country), so "Japan" is not written twice, on top
 * of itself, once the US–Japan deal is drawn. Which labels: src/state/deriveView.ts.
 */
export function labelController(map: LabelTarget, store: ViewStore, hidden: (state: ViewState) => readonly string[]): () => void {
  map.hideLabels(hidden(store.getState()));
  return store.subscribe(hidden, (ids) => map.hideLabels(ids));
}
