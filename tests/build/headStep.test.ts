// The head step (run before the first paint) reads the address with the same rules as
// parseUrl (src/state/urlCodec.ts), which the script reads it with once it has loaded.
import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { HEAD_STEP } from '../../src/build/headStep';
import { parseUrl } from '../../src/state/urlCodec';
import { resolveTheme } from '../../src/theme/theme';

const CTX = { ids: new Set<string>(), start: '2025-04-04', end: '2025-11-07' };

/** Runs the head step in a fresh document at `search`, with the system in dark mode or not. */
function run(search: string, prefersDark: boolean) {
  const window = new Window({ url: `https://maps.example/${search}` });
  window.document.write('<!doctype html><html><head><meta name="color-scheme" content="light"></head><body></body></html>');
  const fake = window as unknown as { matchMedia: (q: string) => { matches: boolean } };
  fake.matchMedia = (q: string) => ({ matches: q === '(prefers-color-scheme: dark)' && prefersDark });
  window.eval(HEAD_STEP);
  const html = window.document.documentElement;
  const out = {
    theme: html.getAttribute('data-theme'),
    colorScheme: window.document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'),
    transparent: html.hasAttribute('data-transparent'),
    embed: html.classList.contains('is-embed'),
    fit: html.classList.contains('is-fit'),
    noTitle: html.classList.contains('fv-no-title'),
  };
  void window.happyDOM.close();
  return out;
}

const ADDRESSES = [
  '',
  '?theme=dark',
  '?theme=light',
  '?theme=auto',
  '?theme=Dark',
  '?theme=night&dark=true',
  '?theme=light&dark=true',
  '?dark=true',
  '?dark=1',
  '?dark=false',
  '?dark=auto',
  '?dark=yes',
  `?theme=${'d'.repeat(65)}&dark=true`,
  '?theme=dark&theme=light',
  '?transparent=1',
  '?transparent=yes',
  '?embed=1&fit=1&title=0',
  '?fit=1',
  '?embed=true&title=false&theme=auto&transparent=true',
];

describe('HEAD_STEP', () => {
  for (const prefersDark of [false, true])
    for (const search of ADDRESSES)
      test(`at "${search}" with the system ${prefersDark ? 'dark' : 'light'} classes <html> as parseUrl reads the address`, () => {
        const { state } = parseUrl(search, CTX);
        const theme = resolveTheme(state.theme, prefersDark);
        expect(run(search, prefersDark)).toEqual({
          theme,
          colorScheme: theme,
          transparent: state.transparent,
          embed: state.embed,
          fit: state.embed && state.fit,
          noTitle: !state.title,
        });
      });

  test('without a flag the page is light even when the system is dark', () => {
    expect(run('', true).theme).toBe('light');
  });
});
