import { expect, test } from 'vitest';
import { bbox } from '../../src/geo/bbox';

test('bbox(points) is the smallest box around every point, unwrapped x included', () => {
  expect(
    bbox([
      [10, 5],
      [-3, 8],
      [370, -2],
    ]),
  ).toEqual([
    [-3, -2],
    [370, 8],
  ]);
});

test('bbox(points) refuses no points', () => {
  expect(() => bbox([])).toThrow(RangeError);
});
