import { expect, test } from 'vitest';
import { chinaControls, currentEvent, dealsInForce, stepEvent } from '../../src/state/selectors';
import { fixtureEvents } from './fixtures';

const ids = (events: { id: string }[]) => events.map((e) => e.id);

test('dealsInForce before the first deal is empty', () => {
  expect(dealsInForce(fixtureEvents(), '2025-10-19')).toEqual([]);
});

test('dealsInForce on the day of a signing includes that deal', () => {
  expect(ids(dealsInForce(fixtureEvents(), '2025-10-20'))).toEqual(['us-australia']);
});

test('dealsInForce the day after two same-day signings includes both', () => {
  expect(ids(dealsInForce(fixtureEvents(), '2025-10-27'))).toEqual(['us-australia', 'us-malaysia', 'us-thailand']);
});

test('dealsInForce leaves out context events', () => {
  expect(ids(dealsInForce(fixtureEvents(), '2025-11-07'))).not.toContain('suspension');
});

test('currentEvent follows the date when nothing is selected', () => {
  expect(currentEvent(fixtureEvents(), { date: '2025-10-22', selectedId: null })?.id).toBe('us-australia');
});

test('currentEvent on a day with two events is the later in story order', () => {
  expect(currentEvent(fixtureEvents(), { date: '2025-10-26', selectedId: null })?.id).toBe('us-thailand');
});

test('currentEvent prefers the selected event', () => {
  expect(currentEvent(fixtureEvents(), { date: '2025-11-07', selectedId: 'us-malaysia' })?.id).toBe('us-malaysia');
});

test('currentEvent before any event is null', () => {
  expect(currentEvent(fixtureEvents(), { date: '2025-01-01', selectedId: null })).toBeNull();
});

test('chinaControls after the suspension is the suspension', () => {
  expect(chinaControls(fixtureEvents(), '2025-11-07')?.id).toBe('suspension');
});

test('stepEvent forward from the first of two same-day events reaches the second', () => {
  expect(stepEvent(fixtureEvents(), { date: '2025-10-26', selectedId: 'us-malaysia' }, 1)?.id).toBe('us-thailand');
});

test('stepEvent back between two events returns to the one just passed', () => {
  expect(stepEvent(fixtureEvents(), { date: '2025-10-23', selectedId: null }, -1)?.id).toBe('us-australia');
});

test('stepEvent forward before the first event is the first event', () => {
  expect(stepEvent(fixtureEvents(), { date: '2025-01-01', selectedId: null }, 1)?.id).toBe('controls');
});

test('stepEvent forward from the last event is null', () => {
  expect(stepEvent(fixtureEvents(), { date: '2025-11-07', selectedId: null }, 1)).toBeNull();
});
