import { expect, test } from 'vitest';
import { nearestCopy, nearestLongitude } from '../../src/geo/worldCopy';

test('nearestCopy shifts a point one world east when the view is a world east of it', () => {
  expect(nearestCopy(10, 520, 512)).toBe(1);
});

test('nearestCopy leaves a point on the copy already nearest', () => {
  expect(nearestCopy(100, 300, 512)).toBe(0);
});

test('nearestLongitude(-170, 175) is 190', () => {
  expect(nearestLongitude(-170, 175)).toBe(190);
});
