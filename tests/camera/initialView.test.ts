import { describe, expect, it } from 'vitest';
import { cameraFor, initialBounds, screenPoint } from '../../src/camera/initialView';

const WASHINGTON: [number, number] = [-77.0, 38.9];
const PERTH: [number, number] = [115.86, -31.95];

function inside([x, y]: [number, number], width: number, height: number): boolean {
  return x >= 0 && x <= width && y >= 0 && y <= height;
}

describe('initialBounds()', () => {
  it('spans the antimeridian with an unwrapped east edge', () => {
    const [[west], [east]] = initialBounds();
    expect([west < 180, east > 180]).toEqual([true, true]);
  });
});

describe('cameraFor(initialBounds(), width, height, padding)', () => {
  it('centres the view in the Pacific', () => {
    const { center } = cameraFor(initialBounds(), 1280, 700, 20);
    expect(center[0]).toBeCloseTo(175, 6);
  });

  it('fits Washington and Perth at 375×500', () => {
    const camera = cameraFor(initialBounds(), 375, 500, 12);
    expect([WASHINGTON, PERTH].map((p) => inside(screenPoint(camera, 375, 500, p), 375, 500))).toEqual([true, true]);
  });

  it('fits Washington and Perth at 1280×700', () => {
    const camera = cameraFor(initialBounds(), 1280, 700, 24);
    expect([WASHINGTON, PERTH].map((p) => inside(screenPoint(camera, 1280, 700, p), 1280, 700))).toEqual([true, true]);
  });

  it('puts the bounds corners on the padded frame along the limiting axis', () => {
    const camera = cameraFor(initialBounds(), 1280, 700, 20);
    const [west] = screenPoint(camera, 1280, 700, [60, 0]);
    const [east] = screenPoint(camera, 1280, 700, [290, 0]);
    const [[, southLat], [, northLat]] = initialBounds();
    const [, north] = screenPoint(camera, 1280, 700, [175, northLat]);
    const [, south] = screenPoint(camera, 1280, 700, [175, southLat]);
    const fitsWidth = Math.abs(west - 20) < 1e-6 && Math.abs(east - 1260) < 1e-6;
    const fitsHeight = Math.abs(north - 20) < 1e-6 && Math.abs(south - 680) < 1e-6;
    expect(fitsWidth || fitsHeight).toBe(true);
  });

  it('shifts the centre away from a heavier padding', () => {
    const even = cameraFor(initialBounds(), 1280, 700, 0);
    const topHeavy = cameraFor(initialBounds(), 1280, 700, { top: 200, right: 0, bottom: 0, left: 0 });
    expect(topHeavy.center[1]).toBeGreaterThan(even.center[1]);
  });

  it('throws on empty bounds', () => {
    expect(() =>
      cameraFor(
        [
          [10, 0],
          [10, 5],
        ],
        100,
        100,
      ),
    ).toThrow(RangeError);
  });
});
