import { describe, expect, it } from 'vitest';
import { keyboardMove, PAN_STEP } from '../../../src/renderer/svg/keyboardMove';

describe('keyboardMove(key, shiftKey, zoom)', () => {
  it('pans 100 px right on ArrowRight, keeping the zoom', () => {
    expect(keyboardMove('ArrowRight', false, 2.3)).toEqual({ dx: PAN_STEP, dy: 0, zoom: 2.3 });
  });
  it('pans 100 px up on ArrowUp', () => {
    expect(keyboardMove('ArrowUp', false, 2)).toEqual({ dx: 0, dy: -100, zoom: 2 });
  });
  it('zooms in to the nearest whole zoom + 1 on + and =', () => {
    expect([keyboardMove('+', false, 2.3)?.zoom, keyboardMove('=', false, 2.3)?.zoom]).toEqual([3, 3]);
  });
  it('zooms out to the nearest whole zoom − 1 on - and _', () => {
    expect([keyboardMove('-', false, 2.6)?.zoom, keyboardMove('_', true, 2.6)?.zoom]).toEqual([2, 1]);
  });
  it('leaves Shift+arrow (rotation in MapLibre) and other keys to the browser', () => {
    expect([keyboardMove('ArrowRight', true, 2), keyboardMove('Tab', false, 2), keyboardMove('a', false, 2)]).toEqual([null, null, null]);
  });
});
