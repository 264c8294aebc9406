import { expect, test } from 'vitest';
import { addDays, formatLongDate, isIsoDate, parseIsoDate } from '../../src/time/dates';

test('parseIsoDate rejects 2025-02-30', () => {
  expect(parseIsoDate('2025-02-30')).toBeNull();
});

test('parseIsoDate rejects a month 13', () => {
  expect(parseIsoDate('2025-13-01')).toBeNull();
});

test('parseIsoDate rejects a date with trailing text', () => {
  expect(parseIsoDate('2025-10-28x')).toBeNull();
});

test('isIsoDate accepts 2024-02-29 (leap year)', () => {
  expect(isIsoDate('2024-02-29')).toBe(true);
});

test('addDays crosses a month end', () => {
  expect(addDays('2025-10-31', 1)).toBe('2025-11-01');
});

test('formatLongDate reads "28 October 2025"', () => {
  expect(formatLongDate('2025-10-28')).toBe('28 October 2025');
});

test('formatLongDate with weekday reads "Tuesday 28 October 2025"', () => {
  expect(formatLongDate('2025-10-28', 'weekday')).toBe('Tuesday 28 October 2025');
});
