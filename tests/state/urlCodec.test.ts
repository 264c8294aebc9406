import { expect, test } from 'vitest';
import { encodeUrl, parseUrl } from '../../src/state/urlCodec';

const CTX = { ids: new Set(['us-japan', 'us-australia']), start: '2025-04-04', end: '2025-11-07' };

test('parseUrl reads a valid date and deal', () => {
  expect(parseUrl('?date=2025-10-28&deal=us-japan', CTX).state).toMatchObject({ date: '2025-10-28', deal: 'us-japan' });
});

test('encodeUrl then parseUrl round-trips the view', () => {
  const search = encodeUrl('', { date: '2025-10-20', deal: 'us-australia' });
  expect(parseUrl(search, CTX).state).toMatchObject({ date: '2025-10-20', deal: 'us-australia' });
});

test('encodeUrl keeps parameters it does not own (embed options, pym childId)', () => {
  expect(encodeUrl('?embed=1&childId=map', { date: '2025-10-20', deal: null })).toBe('?embed=1&childId=map&date=2025-10-20');
});

test('encodeUrl drops deal when nothing is selected', () => {
  expect(encodeUrl('?date=2025-10-20&deal=us-japan', { date: '2025-10-21', deal: null })).toBe('?date=2025-10-21');
});

test('parseUrl: an impossible date falls back with a warning', () => {
  const r = parseUrl('?date=2025-02-30', CTX);
  expect([r.state.date, r.warnings.length]).toEqual([null, 1]);
});

test('parseUrl: a date outside the story falls back with a warning', () => {
  const r = parseUrl('?date=1999-01-01', CTX);
  expect([r.state.date, r.warnings[0]]).toEqual([null, expect.stringMatching(/outside the story/)]);
});

test('parseUrl: a malformed date falls back with a warning', () => {
  expect(parseUrl('?date=28/10/2025', CTX).warnings[0]).toMatch(/not a calendar date/);
});

test('parseUrl: an unknown deal is ignored with a warning', () => {
  const r = parseUrl('?deal=us-narnia', CTX);
  expect([r.state.deal, r.warnings.length]).toEqual([null, 1]);
});

// The warning goes to the console only, never into the page, so it may quote the value as text.
test('parseUrl: a markup payload is ignored; only the console warning quotes it', () => {
  const r = parseUrl('?deal=%3Cscript%3Ealert(1)%3C/script%3E', CTX);
  expect([r.state.deal, r.warnings[0]!.includes('<script>alert(1)</script>')]).toEqual([null, true]);
});

test('parseUrl: a very long value is ignored', () => {
  expect(parseUrl(`?deal=${'a'.repeat(5000)}`, CTX).warnings[0]).toMatch(/too long/);
});

test('parseUrl: a repeated parameter uses the first value', () => {
  expect(parseUrl('?date=2025-10-20&date=2025-10-28', CTX).state.date).toBe('2025-10-20');
});

test('parseUrl: embed=1, title=0, controls=0 are read as flags', () => {
  expect(parseUrl('?embed=1&title=0&controls=0', CTX).state).toMatchObject({ embed: true, title: false, controls: false });
});

test('parseUrl: no parameters gives the defaults and no warning', () => {
  expect(parseUrl('', CTX)).toEqual({ state: { date: null, deal: null, embed: false, title: true, controls: true, fit: false }, warnings: [] });
});
