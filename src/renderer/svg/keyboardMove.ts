/** A keyboard move of the map: a pan in screen pixels and a zoom change in zoom levels. */
export interface KeyboardMove {
  readonly dx: number;
  readonly dy: number;
  /** The zoom to go to, absolute. */
  readonly zoom: number;
}

/** MapLibre's KeyboardHandler pans 100 px per arrow press. */
export const PAN_STEP = 100;

/**
 * What a key does to the map, as MapLibre's keyboard handler has it: an arrow pans the view
 * 100 px that way; `+`/`=` zooms in and `-`/`_` out, to the nearest whole zoom ± 1 (± 2 with
 * Shift). Shift+arrow rotates or tilts in MapLibre; the flat SVG map does neither, so those
 * and every other key return null (not handled: the browser keeps them).
 */
export function keyboardMove(key: string, shiftKey: boolean, zoom: number): KeyboardMove | null {
  const step = shiftKey ? 2 : 1;
  switch (key) {
    case '+':
    case '=':
      return { dx: 0, dy: 0, zoom: Math.round(zoom) + step };
    case '-':
    case '_':
    case '−':
      return { dx: 0, dy: 0, zoom: Math.round(zoom) - step };
  }
  if (shiftKey) return null;
  switch (key) {
    case 'ArrowLeft':
      return { dx: -PAN_STEP, dy: 0, zoom };
    case 'ArrowRight':
      return { dx: PAN_STEP, dy: 0, zoom };
    case 'ArrowUp':
      return { dx: 0, dy: -PAN_STEP, zoom };
    case 'ArrowDown':
      return { dx: 0, dy: PAN_STEP, zoom };
    default:
      return null;
  }
}
