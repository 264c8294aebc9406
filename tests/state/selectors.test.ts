import { expect, test } from 'vitest';
import { chinaControls, currentEvent, dealsInForce, stepEvent } from '../../src/state/selectors';
import { readFixtureStory } from '../support/storyData';

// The fixture story (tests/fixtures/story): deals on 3, 10 and 17 Sep 2025; on 10 Sep the
// Philippines memorandum comes before the Geneva talks in the file; controls on 14 May and
// 24 Sep, suspended on 15 Oct.
const events = () => readFixtureStory().events;
const ids = (list: { id: string }[]) => list.map((e) => e.id);

test('dealsInForce before the first deal is empty', () => {
  expect(dealsInForce(events(), '2025-09-02')).toEqual([]);
});

test('dealsInForce on the day of a signing includes that deal', () => {
  expect(ids(dealsInForce(events(), '2025-09-03'))).toEqual(['fixture-korea']);
});

test('dealsInForce between signings includes every deal signed so far', () => {
  expect(ids(dealsInForce(events(), '2025-09-11'))).toEqual(['fixture-korea', 'fixture-philippines']);
});

test('dealsInForce leaves out context events', () => {
  expect(ids(dealsInForce(events(), '2025-10-15'))).not.toContain('fixture-suspension');
});

test('currentEvent follows the date when nothing is selected', () => {
  expect(currentEvent(events(), { date: '2025-09-05', selectedId: null })?.id).toBe('fixture-korea');
});

test('currentEvent on a day with two events is the later in story order', () => {
  expect(currentEvent(events(), { date: '2025-09-10', selectedId: null })?.id).toBe('fixture-talks');
});

test('currentEvent prefers the selected event', () => {
  expect(currentEvent(events(), { date: '2025-10-15', selectedId: 'fixture-philippines' })?.id).toBe('fixture-philippines');
});

test('currentEvent before any event is null', () => {
  expect(currentEvent(events(), { date: '2025-01-01', selectedId: null })).toBeNull();
});

test('chinaControls after the suspension is the suspension', () => {
  expect(chinaControls(events(), '2025-10-15')?.id).toBe('fixture-suspension');
});

test('stepEvent forward from the first of two same-day events reaches the second', () => {
  expect(stepEvent(events(), { date: '2025-09-10', selectedId: 'fixture-philippines' }, 1)?.id).toBe('fixture-talks');
});

test('stepEvent back between two events returns to the one just passed', () => {
  expect(stepEvent(events(), { date: '2025-09-05', selectedId: null }, -1)?.id).toBe('fixture-korea');
});

test('stepEvent forward before the first event is the first event', () => {
  expect(stepEvent(events(), { date: '2025-01-01', selectedId: null }, 1)?.id).toBe('fixture-controls-may');
});

test('stepEvent forward from the last event is null', () => {
  expect(stepEvent(events(), { date: '2025-10-15', selectedId: null }, 1)).toBeNull();
});
