import { expect, test } from 'vitest';
import { storyTimeScale } from '../../src/time/storyTimeScale';

const DATES = ['2025-04-04', '2025-10-09', '2025-10-20', '2025-10-26', '2025-10-26', '2025-10-28', '2025-10-30', '2025-11-07'];

test('storyTimeScale spans the first to the last date', () => {
  const s = storyTimeScale(DATES);
  expect([s(s.start), s(s.end), s.start, s.end]).toEqual([0, 1, '2025-04-04', '2025-11-07']);
});

test('storyTimeScale gives six quiet months the room of maxGapDays busy days', () => {
  const s = storyTimeScale(DATES, 14);
  const busyDay = (s('2025-11-07') - s('2025-10-30')) / 8;
  expect(s('2025-10-09') - s('2025-04-04')).toBeCloseTo(14 * busyDay, 9);
});

test('storyTimeScale keeps events two days apart at least 3% of the track apart', () => {
  const s = storyTimeScale(DATES);
  expect(s('2025-10-28') - s('2025-10-26')).toBeGreaterThan(0.03);
});

test('storyTimeScale.invert returns the date at a position', () => {
  const s = storyTimeScale(DATES);
  expect(s.invert(s('2025-10-28'))).toBe('2025-10-28');
});

test('storyTimeScale.invert clamps past the ends', () => {
  const s = storyTimeScale(DATES);
  expect([s.invert(-1), s.invert(2)]).toEqual(['2025-04-04', '2025-11-07']);
});

test('storyTimeScale rejects an impossible date', () => {
  expect(() => storyTimeScale(['2025-02-30'])).toThrow(/calendar date/);
});
