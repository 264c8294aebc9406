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
  expect(parseUrl('', CTX)).toEqual({
    state: { date: null, deal: null, embed: false, title: true, controls: true, fit: false, theme: 'light', transparent: false },
    warnings: [],
  });
});

// The story's own first and last days are inside it; the days either side are not.
test.each([
  ['2025-04-04', '2025-04-04'],
  ['2025-11-07', '2025-11-07'],
  ['2025-04-03', null],
  ['2025-11-08', null],
])('parseUrl: date=%s (the story runs 2025-04-04 to 2025-11-07) gives %s', (date, expected) => {
  const r = parseUrl(`?date=${date}`, CTX);
  expect(r.state.date).toBe(expected);
  expect(r.warnings).toEqual(expected === null ? [expect.stringContaining('outside the story (2025-04-04 to 2025-11-07)')] : []);
});

// Values are capped at 64 characters (the longest id a story may use): 64 is read, 65 is not.
test('parseUrl: a value of 64 characters is read, one of 65 is ignored as too long', () => {
  const id64 = `deal-${'x'.repeat(59)}`;
  const id65 = `${id64}y`;
  const ctx = { ...CTX, ids: new Set([id64, id65]) };
  expect([id64.length, id65.length]).toEqual([64, 65]);
  expect(parseUrl(`?deal=${id64}`, ctx)).toEqual({ state: expect.objectContaining({ deal: id64 }), warnings: [] });
  expect(parseUrl(`?deal=${id65}`, ctx)).toEqual({
    state: expect.objectContaining({ deal: null }),
    warnings: ['"deal" is too long (65 characters); ignored.'],
  });
});
