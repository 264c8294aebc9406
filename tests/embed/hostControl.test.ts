import { expect, test } from 'vitest';
import { parseHostMessage } from '../../src/embed/hostControl';

const CTX = { ids: new Set(['us-japan', 'us-australia']), start: '2025-04-04', end: '2025-11-07' };
const T = 'critical-minerals-map:set';

test('parseHostMessage accepts a date inside the story', () => {
  expect(parseHostMessage({ type: T, date: '2025-10-20' }, CTX)).toEqual({ date: '2025-10-20' });
});

test('parseHostMessage accepts a known deal with a date', () => {
  expect(parseHostMessage({ type: T, date: '2025-10-28', deal: 'us-japan' }, CTX)).toEqual({ date: '2025-10-28', deal: 'us-japan' });
});

test('parseHostMessage accepts deal: null, to clear the selection', () => {
  expect(parseHostMessage({ type: T, deal: null }, CTX)).toEqual({ deal: null });
});

test.each([
  ['a string', JSON.stringify({ type: T, date: '2025-10-20' })],
  ['null', null],
  ['an array', [T, '2025-10-20']],
  ['another type', { type: 'critical-minerals-map:height', date: '2025-10-20' }],
  ['no type', { date: '2025-10-20' }],
  ['nothing to do', { type: T }],
  ['an unknown key', { type: T, date: '2025-10-20', zoom: 3 }],
  ['an impossible date', { type: T, date: '2025-02-30' }],
  ['a date in another format', { type: T, date: '20/10/2025' }],
  ['a date before the story', { type: T, date: '2025-01-01' }],
  ['a date after the story', { type: T, date: '2026-01-01' }],
  ['a number as date', { type: T, date: 20251020 }],
  ['an unknown deal', { type: T, deal: 'us-narnia' }],
  ['a deal that is not a string', { type: T, deal: 7 }],
  ['a valid date with a bad deal', { type: T, date: '2025-10-20', deal: '<img>' }],
  ['an object with another prototype', Object.assign(Object.create({ inherited: 1 }), { type: T, date: '2025-10-20' })],
])('parseHostMessage ignores %s', (_name, data) => {
  expect(parseHostMessage(data, CTX)).toBeNull();
});

test('parseHostMessage accepts event: id, which goes to that event', () => {
  expect(parseHostMessage({ type: T, event: 'us-japan' }, CTX)).toEqual({ event: 'us-japan' });
});

test('parseHostMessage accepts motion: "jump" beside what it asks for', () => {
  expect(parseHostMessage({ type: T, event: 'us-japan', motion: 'jump' }, CTX)).toEqual({ event: 'us-japan', motion: 'jump' });
  expect(parseHostMessage({ type: T, date: '2025-10-20', motion: 'jump' }, CTX)).toEqual({ date: '2025-10-20', motion: 'jump' });
});

test.each([
  ['an unknown event', { type: T, event: 'us-narnia' }],
  ['an event that is not a string', { type: T, event: ['us-japan'] }],
  ['an event with a date', { type: T, event: 'us-japan', date: '2025-10-28' }],
  ['an event with a deal', { type: T, event: 'us-japan', deal: 'us-japan' }],
  ['motion alone', { type: T, motion: 'jump' }],
  ['another motion', { type: T, event: 'us-japan', motion: 'fly' }],
])('parseHostMessage ignores %s', (_name, data) => {
  expect(parseHostMessage(data, CTX)).toBeNull();
});
