import type { Theme } from '../theme/theme.ts';

/**
 * The page's and the overlay's colours (the light theme's), for code that cannot read CSS (the still renderer,
 * which also runs in Node at build time). The same values as app.css's custom properties
 * (--ink, --us, …), which style the live page; tests/marks/markPalette.test.ts keeps the two
 * equal, so a colour is changed in both places or the tests fail.
 */
export const markPalette = {
  ink: '#1a1d21',
  muted: '#505a66',
  paper: '#ffffff',
  us: '#1f4fbf',
  usStrong: '#143a94',
  china: '#c43d0f',
  meeting: '#6b3fa0',
  production: '#8a6d3b',
} as const;

/** The overlay's colours per theme: light is markPalette, dark is app.css's :root[data-theme='dark'] block (src/styles/themes.css). */
export const markPalettes: Record<Theme, Record<keyof typeof markPalette, string>> = {
  light: markPalette,
  dark: {
    ink: '#e7ebef',
    muted: '#a7b1bc',
    paper: '#14181d',
    us: '#6b9bf5',
    usStrong: '#a8c4ff',
    china: '#f2713b',
    meeting: '#b992ee',
    production: '#c9a56b',
  },
};

/**
 * What light draws in white and dark in a near-black: the halo under marker labels, the
 * casing under the deal lines, the hollow partner dot and the edge of China's diamonds.
 */
export const markGround: Record<Theme, string> = { light: '#ffffff', dark: '#14181d' };
