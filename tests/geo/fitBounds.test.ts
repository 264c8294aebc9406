import { describe, expect, it } from 'vitest';
import { fitWorldBox } from '../../src/geo/fitBounds';
import { toWorld } from '../../src/geo/mercator';

describe('fitWorldBox(box, width, height, padding)', () => {
  it('fits the whole 512 px world into a 512 px square at zoom 0, centred on 0°, 0°', () => {
    const c = fitWorldBox(
      [
        [0, 0],
        [512, 512],
      ],
      512,
      512,
    );
    expect(c.zoom).toBeCloseTo(0, 9);
    expect(c.center[0]).toBeCloseTo(0, 9);
    expect(c.center[1]).toBeCloseTo(0, 9);
  });

  it('takes the tighter side: a box twice as wide as tall in a square view', () => {
    expect(
      fitWorldBox(
        [
          [0, 100],
          [200, 200],
        ],
        400,
        400,
      ).zoom,
    ).toBeCloseTo(1, 9);
  });

  it('moves the centre by half the padding imbalance, in screen pixels', () => {
    const box = [toWorld([100, 10]), toWorld([140, -10])] as const;
    const even = fitWorldBox(box, 800, 600, 0);
    const left = fitWorldBox(box, 800, 600, { top: 0, right: 0, bottom: 0, left: 200 });
    // Less room, a smaller zoom; the centre sits west of the box's, so the box lands right of centre.
    expect(left.zoom).toBeLessThan(even.zoom);
    expect(left.center[0]).toBeLessThan(even.center[0]);
  });

  it('wraps the centre of an unwrapped box back into [-180, 180)', () => {
    const box = [toWorld([170, 10]), [toWorld([-170, -10])[0] + 512, toWorld([-170, -10])[1]]] as const;
    expect(fitWorldBox(box, 800, 600).center[0]).toBeCloseTo(-180, 6);
  });
});
