import { expect, test } from 'vitest';
import { flowLine, POLAR_LIMIT } from '../../src/geo/flowLine';

const WASHINGTON = [-77.0365, 38.8977] as const;
const KUALA_LUMPUR = [101.713, 3.1525] as const;
const TOKYO = [139.7288, 35.6803] as const;

function maxStep(points: [number, number][]): number {
  let max = 0;
  for (let i = 1; i < points.length; i++) max = Math.max(max, Math.abs(points[i]![0] - points[i - 1]![0]));
  return max;
}

test('flowLine(Washington, Kuala Lumpur) heads west across the Pacific, not over the pole', () => {
  const line = flowLine(WASHINGTON, KUALA_LUMPUR);
  expect(Math.max(...line.map((p) => p[1]))).toBeLessThanOrEqual(POLAR_LIMIT);
  expect(line.at(-1)).toEqual([KUALA_LUMPUR[0] - 360, KUALA_LUMPUR[1]]);
});

test('flowLine(Washington, Kuala Lumpur) is continuous', () => {
  expect(maxStep(flowLine(WASHINGTON, KUALA_LUMPUR))).toBeLessThan(10);
});

test('flowLine(Washington, Kuala Lumpur) starts exactly at Washington', () => {
  expect(flowLine(WASHINGTON, KUALA_LUMPUR)[0]).toEqual([WASHINGTON[0], WASHINGTON[1]]);
});

test('flowLine(Washington, Tokyo) is the great circle (reaches 60°N over Alaska)', () => {
  const line = flowLine(WASHINGTON, TOKYO);
  expect(Math.max(...line.map((p) => p[1]))).toBeGreaterThan(60);
  expect(line.at(-1)).toEqual([TOKYO[0] - 360, TOKYO[1]]);
});
