import type { Viewport } from './viewport';

/**
 * What an overlay needs from whatever draws the map underneath: the element to sit in,
 * the current viewport, and a callback on every frame the view changes. MapLibre provides
 * one (./mapViewSource.ts); the no-WebGL SVG map provides another.
 */
export interface ViewSource {
  readonly container: HTMLElement;
  /** Overlays are inserted before this element (e.g. the map's own controls), or last. */
  readonly before: Element | null;
  viewport(): Viewport;
  /** Calls `listener` on every view change; returns the unsubscribe function. */
  onMove(listener: (v: Viewport) => void): () => void;
}
