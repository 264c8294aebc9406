import { describe, expect, it, test } from 'vitest';
import { nearestCopy, nearestLongitude, wrapLongitude, wrapWorldX } from '../../src/geo/wrap';

test('nearestCopy shifts a point one world east when the view is a world east of it', () => {
  expect(nearestCopy(10, 520, 512)).toBe(1);
});

test('nearestCopy leaves a point on the copy already nearest', () => {
  expect(nearestCopy(100, 300, 512)).toBe(0);
});

test('nearestLongitude(-170, 175) is 190', () => {
  expect(nearestLongitude(-170, 175)).toBe(190);
});

describe('wrapLongitude(lon) and wrapWorldX(x, width)', () => {
  it('removes whole turns, into [-180, 180)', () => {
    expect([wrapLongitude(190), wrapLongitude(-190), wrapLongitude(540), wrapLongitude(180), wrapLongitude(-77)]).toEqual([-170, 170, -180, -180, -77]);
  });
  it('brings a world x into the first world', () => {
    expect([wrapWorldX(600, 512), wrapWorldX(-12, 512), wrapWorldX(100, 512)]).toEqual([88, 500, 100]);
  });
});
