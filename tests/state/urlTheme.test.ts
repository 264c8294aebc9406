import { expect, test } from 'vitest';
import { parseUrl } from '../../src/state/urlCodec';

const CTX = { ids: new Set(['us-japan']), start: '2025-04-04', end: '2025-11-07' };
const theme = (search: string) => parseUrl(search, CTX);

test.each([
  ['', 'light'],
  ['?theme=light', 'light'],
  ['?theme=dark', 'dark'],
  ['?theme=auto', 'auto'],
  ['?dark=true', 'dark'],
  ['?dark=1', 'dark'],
  ['?dark=false', 'light'],
  ['?dark=0', 'light'],
  ['?dark=auto', 'auto'],
])('parseUrl: %s gives theme %s and no warning', (search, expected) => {
  expect(theme(search)).toEqual({ state: expect.objectContaining({ theme: expected }), warnings: [] });
});

test('parseUrl: theme wins over Datawrapper’s dark, with a warning that dark is ignored', () => {
  const { state, warnings } = theme('?theme=light&dark=true');
  expect(state.theme).toBe('light');
  expect(warnings).toEqual(['"dark" is ignored: "theme" is given too.']);
});

test('parseUrl: a bad theme falls back to light with a warning that names it', () => {
  const { state, warnings } = theme('?theme=Dark');
  expect(state.theme).toBe('light');
  expect(warnings).toEqual(['theme "Dark" is not light, dark or auto; using light.']);
});

test('parseUrl: a bad theme with a good dark uses dark', () => {
  const { state, warnings } = theme('?theme=night&dark=auto');
  expect(state.theme).toBe('auto');
  expect(warnings).toEqual(['theme "night" is not light, dark or auto; trying "dark".']);
});

test('parseUrl: a bad dark value falls back to light with a warning', () => {
  const { state, warnings } = theme('?dark=yes');
  expect(state.theme).toBe('light');
  expect(warnings).toEqual(['dark "yes" is not true, false or auto; using light.']);
});

test('parseUrl: transparent=1 is read; a bad value is named and ignored', () => {
  expect(theme('?transparent=1').state.transparent).toBe(true);
  expect(theme('?transparent=true').state.transparent).toBe(true);
  const bad = theme('?transparent=please');
  expect(bad.state.transparent).toBe(false);
  expect(bad.warnings).toEqual(['transparent "please" is not 1, 0, true or false; ignored.']);
});
