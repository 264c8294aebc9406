// WCAG contrast of the page palette (src/styles/app.css custom properties) and the map's
// marks against the basemap colours (src/basemap/style.ts): text at least 4.5:1 (SC 1.4.3),
// marks and focus rings at least 3:1 (SC 1.4.11).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/basemap/style';
import { contrast } from '../support/contrast';

const css = readFileSync(resolve(__dirname, '../../src/styles/app.css'), 'utf8');

function cssVar(name: string): string {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!m) throw new Error(`--${name} is not a #rrggbb colour in app.css`);
  return m[1]!;
}

describe('text colours on the page and card backgrounds', () => {
  for (const text of ['ink', 'muted', 'us', 'us-strong', 'meeting', 'focus']) {
    for (const bg of ['paper', 'panel']) {
      it(`--${text} on --${bg} is at least 4.5:1`, () => {
        expect(contrast(cssVar(text), cssVar(bg))).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});

describe('map marks against the basemap', () => {
  for (const mark of ['us', 'us-strong', 'china', 'meeting', 'production', 'focus']) {
    for (const ground of ['sea', 'land', 'landHighlight'] as const) {
      it(`--${mark} on ${ground} is at least 3:1`, () => {
        expect(contrast(cssVar(mark), palette[ground])).toBeGreaterThanOrEqual(3);
      });
    }
  }
});
