import { describe, expect, test } from 'vitest';
import { greatCircle, greatCircleMaxLatitude } from '../../src/geo/greatCircle';

const WASHINGTON = [-77.0365, 38.8977] as const;
const TOKYO = [139.7288, 35.6803] as const;
const CANBERRA = [149.1244, -35.3081] as const;

function maxStep(points: [number, number][]): number {
  let max = 0;
  for (let i = 1; i < points.length; i++) max = Math.max(max, Math.abs(points[i]![0] - points[i - 1]![0]));
  return max;
}

describe('greatCircle(a, b)', () => {
  test('US→Japan never jumps more than 180° of longitude between consecutive points', () => {
    expect(maxStep(greatCircle(WASHINGTON, TOKYO))).toBeLessThan(180);
  });

  test('US→Japan starts exactly at Washington', () => {
    expect(greatCircle(WASHINGTON, TOKYO)[0]).toEqual([WASHINGTON[0], WASHINGTON[1]]);
  });

  test('US→Japan ends exactly at Tokyo, one turn west across the antimeridian', () => {
    expect(greatCircle(WASHINGTON, TOKYO).at(-1)).toEqual([TOKYO[0] - 360, TOKYO[1]]);
  });

  test('US→Japan crosses 180° going west, over Alaska', () => {
    const lons = greatCircle(WASHINGTON, TOKYO).map((p) => p[0]);
    expect(Math.min(...lons)).toBeLessThan(-180);
    expect(lons.every((lon, i) => i === 0 || lon <= lons[i - 1]! + 1e-9)).toBe(true);
  });

  test('US→Australia stays continuous across the antimeridian', () => {
    expect(maxStep(greatCircle(WASHINGTON, CANBERRA, 128))).toBeLessThan(5);
  });

  test('returns segments + 1 points', () => {
    expect(greatCircle(WASHINGTON, TOKYO, 10)).toHaveLength(11);
  });

  test('passes through the great circle midpoint (tolerance 1e-6°)', () => {
    const mid = greatCircle([0, 0], [90, 0], 2)[1]!;
    expect(mid[0]).toBeCloseTo(45, 6);
    expect(mid[1]).toBeCloseTo(0, 6);
  });

  test('rejects fewer than one segment', () => {
    expect(() => greatCircle(WASHINGTON, TOKYO, 0)).toThrow(/segments/);
  });
});

describe('greatCircleMaxLatitude(a, b)', () => {
  test('Washington→Kuala Lumpur passes near the North Pole', () => {
    expect(greatCircleMaxLatitude(WASHINGTON, [101.713, 3.1525])).toBeGreaterThan(80);
  });

  test('Washington→Tokyo stays below 70°N', () => {
    expect(greatCircleMaxLatitude(WASHINGTON, TOKYO)).toBeLessThan(70);
  });
});
