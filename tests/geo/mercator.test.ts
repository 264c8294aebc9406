import { expect, test } from 'vitest';
import { fromWorld, toWorld, WORLD_SIZE } from '../../src/geo/mercator';

test('toWorld puts 0°,0° at the centre of the zoom-0 world', () => {
  expect(toWorld([0, 0])).toEqual([WORLD_SIZE / 2, WORLD_SIZE / 2]);
});

test('toWorld keeps going past 180° for unwrapped longitudes', () => {
  expect(toWorld([-220, 0])[0]).toBeCloseTo((-40 / 360) * WORLD_SIZE, 9);
});

test('fromWorld inverts toWorld (1e-9°)', () => {
  const [lon, lat] = fromWorld(toWorld([139.7288, 35.6803]));
  expect(lon).toBeCloseTo(139.7288, 9);
  expect(lat).toBeCloseTo(35.6803, 9);
});

test('toWorld clamps latitude at Web Mercator’s limit', () => {
  expect(toWorld([0, 89])[1]).toBeCloseTo(0, 3);
});
