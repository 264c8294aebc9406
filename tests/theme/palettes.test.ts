// The two themes' palettes: the CSS tokens (app.css's :root for light, themes.css's
// [data-theme='dark'] for dark) equal the values code that cannot read CSS uses
// (src/marks/markPalette.ts, src/basemap/style.ts), and every text meets WCAG AA (4.5:1,
// SC 1.4.3) and every mark and focus ring 3:1 (SC 1.4.11) on what it is drawn on, in both.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basemapPalettes } from '../../src/basemap/style';
import { markGround, markPalettes } from '../../src/marks/markPalette';
import type { Theme } from '../../src/theme/theme';
import { contrast } from '../support/contrast';

const appCss = readFileSync(resolve(__dirname, '../../src/styles/app.css'), 'utf8');
const themesCss = readFileSync(resolve(__dirname, '../../src/styles/themes.css'), 'utf8');

/** The declarations of the block that opens with `opening` (up to its first `}`). */
function block(css: string, opening: string): string {
  const at = css.indexOf(opening);
  if (at < 0) throw new Error(`no block "${opening}"`);
  return css.slice(at, css.indexOf('}', at));
}
const BLOCKS: Record<Theme, string> = {
  light: block(appCss, ":root, [data-theme='light'] {"),
  dark: block(themesCss, "[data-theme='dark'] {"),
};

function token(theme: Theme, name: string): string {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})\\s*;`, 'i').exec(BLOCKS[theme]);
  if (!m) throw new Error(`--${name} is not a #rrggbb colour in the ${theme} tokens`);
  return m[1]!.toLowerCase();
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const THEMES: Theme[] = ['light', 'dark'];
const figures: string[] = [];
afterAll(() => console.log(`[palettes] contrast:\n  ${figures.join('\n  ')}`));

for (const theme of THEMES) {
  describe(`${theme}: the CSS tokens are the code's`, () => {
    for (const [name, value] of Object.entries(markPalettes[theme]))
      it(`--${kebab(name)} is markPalettes.${theme}.${name}`, () => {
        expect(token(theme, kebab(name))).toBe(value);
      });
    for (const [name, value] of Object.entries(basemapPalettes[theme]))
      it(`--map-${kebab(name)} is basemapPalettes.${theme}.${name}`, () => {
        expect(token(theme, `map-${kebab(name)}`)).toBe(value);
      });
    it(`--mark-ground is markGround.${theme}`, () => {
      expect(token(theme, 'mark-ground')).toBe(markGround[theme]);
    });
  });

  describe(`${theme}: text is at least 4.5:1`, () => {
    const pairs: [string, string][] = [
      ...['ink', 'muted', 'us', 'us-strong', 'china-text', 'meeting', 'focus'].flatMap((t) => ['paper', 'panel'].map((bg) => [t, bg] as [string, string])),
      // The primary button and its hover; the cooperative-gestures hint (--paper on --ink).
      ['on-accent', 'us-strong'],
      ['on-accent', 'us'],
      ['paper', 'ink'],
      // Map labels on their halo and on every basemap fill.
      ...['map-label', 'map-label-muted'].flatMap((t) =>
        ['map-label-halo', 'map-sea', 'map-land', 'map-land-highlight'].map((bg) => [t, bg] as [string, string]),
      ),
      // Marker labels (--ink on the --mark-ground halo).
      ['ink', 'mark-ground'],
    ];
    for (const [text, ground] of pairs)
      it(`--${text} on --${ground}`, () => {
        const ratio = contrast(token(theme, text), token(theme, ground));
        figures.push(`${theme}: --${text} ${token(theme, text)} on --${ground} ${token(theme, ground)}: ${ratio.toFixed(2)}:1`);
        expect(ratio).toBeGreaterThanOrEqual(4.5);
      });
  });

  describe(`${theme}: marks and focus rings are at least 3:1 on the basemap`, () => {
    for (const mark of ['us', 'us-strong', 'china', 'meeting', 'production', 'focus'])
      for (const ground of ['map-sea', 'map-land', 'map-land-highlight'])
        it(`--${mark} on --${ground}`, () => {
          const ratio = contrast(token(theme, mark), token(theme, ground));
          figures.push(`${theme}: --${mark} on --${ground}: ${ratio.toFixed(2)}:1`);
          expect(ratio).toBeGreaterThanOrEqual(3);
        });
  });
}

describe('dark is a design of its own', () => {
  it('no token of dark is light’s inverted', () => {
    const invert = (hex: string) => `#${[1, 3, 5].map((i) => (255 - parseInt(hex.slice(i, i + 2), 16)).toString(16).padStart(2, '0')).join('')}`;
    const same = Object.entries(markPalettes.light).filter(([k, v]) => invert(v) === markPalettes.dark[k as keyof typeof markPalettes.dark]);
    expect(same).toEqual([]);
  });
});
