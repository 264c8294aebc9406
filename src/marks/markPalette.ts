/**
 * The page's and the overlay's colours, for code that cannot read CSS (the still renderer,
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
