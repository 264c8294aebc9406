// Text drawn over the map and in the legend, measured against the worst pixel that can lie
// right beside its strokes (WCAG 1.4.3, at least 4.5:1). A text with a full halo (a stroke
// painted under the fill, at least HALO_MIN px wide on each side, so every pixel adjacent to
// a glyph is halo) is measured against the halo colour; it is also measured against every
// basemap fill, which is what shows through where the halo is thinner (inside a wide
// counter, at the halo's blurred edge). Text without a halo is measured against every colour
// it can lie on. Colours are read from the code: app.css and src/basemap/style.ts,
// for each theme: light from app.css's :root, dark from themes.css's [data-theme='dark'].
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basemapPalettes } from '../../src/basemap/style';
import type { Theme } from '../../src/theme/theme';
import { contrast } from '../support/contrast';

const appCss = readFileSync(resolve(__dirname, '../../src/styles/app.css'), 'utf8');
const themesCss = readFileSync(resolve(__dirname, '../../src/styles/themes.css'), 'utf8');
const darkBlock = themesCss.slice(themesCss.indexOf("[data-theme='dark'] {"), themesCss.indexOf('}', themesCss.indexOf("[data-theme='dark'] {")));

/** Narrowest halo, per side, that we count as full: a 1 px ring all round each glyph. */
const HALO_MIN = 1;

/** The declarations of the first rule whose selector list is exactly `selector`. */
function rule(css: string, selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule "${selector} {"`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  return Object.fromEntries(
    body
      .split(';')
      .map((d) => d.split(':').map((x) => x.trim()))
      .filter((d) => d.length === 2 && d[0]) as [string, string][],
  );
}

function cssVar(name: string, theme: Theme): string {
  const m = new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(theme === 'dark' ? darkBlock : appCss);
  if (!m) throw new Error(`--${name} is not a #rrggbb colour in the ${theme} theme's tokens`);
  return m[1]!;
}

/** A colour from a declaration: #rrggbb or var(--name[, fallback]), in `theme`. */
function colour(value: string | undefined, theme: Theme): string {
  if (!value) throw new Error('no colour');
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  if (value === '#fff') return '#ffffff';
  const v = /^var\(--([\w-]+)/.exec(value);
  if (v) return cssVar(v[1]!, theme);
  throw new Error(`not a colour this test reads: ${value}`);
}

const THEMES: Theme[] = ['light', 'dark'];
const fills = (theme: Theme) => {
  const p = basemapPalettes[theme];
  return { sea: p.sea, land: p.land, landHighlight: p.landHighlight } as const;
};

interface MapText {
  name: string;
  fill: string;
  halo: string | null;
  /** Halo width on each side of a glyph's edge, px. */
  haloPerSide: number;
  /** What can lie under the text where there is no halo. */
  grounds: Record<string, string>;
}

function svgText(theme: Theme, name: string, css: string, selector: string, fillSelector = selector): MapText {
  const base = rule(css, selector);
  const fill = colour(rule(css, fillSelector).fill ?? base.fill, theme);
  const paintedUnder = base['paint-order'] === 'stroke';
  const halo = paintedUnder && base.stroke ? colour(base.stroke, theme) : null;
  return { name, fill, halo, haloPerSide: halo ? parseFloat(base['stroke-width'] ?? '0') / 2 : 0, grounds: fills(theme) };
}

function texts(theme: Theme): MapText[] {
  return [
    svgText(theme, 'partner marker label (.marker-label)', appCss, '.marker-label'),
    svgText(theme, 'country label (.country-label)', appCss, '.country-label'),
    svgText(theme, 'story-country label (.country-label.is-story)', appCss, '.country-label', '.country-label.is-story'),
    // The legend's circle values sit to the right of the circles (src/ui/panels/legend.ts; the
    // browser test checks that their boxes do not meet), on the page.
    {
      name: 'legend circle value (.legend-production svg text)',
      fill: colour(rule(appCss, '.legend-production svg text').fill, theme),
      halo: null,
      haloPerSide: 0,
      grounds: { paper: cssVar('paper', theme) },
    },
  ];
}

for (const theme of THEMES) {
  describe(`${theme} theme: text on the map and in the legend, against the worst pixel beside it`, () => {
    const all = texts(theme);
    for (const t of all) {
      if (t.halo) {
        it(`${t.name} has a full halo (at least ${HALO_MIN} px a side)`, () => {
          expect(t.haloPerSide).toBeGreaterThanOrEqual(HALO_MIN);
        });
        it(`${t.name} is at least 4.5:1 against its halo`, () => {
          expect(contrast(t.fill, t.halo!)).toBeGreaterThanOrEqual(4.5);
        });
      }
      for (const [ground, hex] of Object.entries(t.grounds)) {
        it(`${t.name} is at least 4.5:1 against ${ground} where the halo does not cover`, () => {
          expect(contrast(t.fill, hex)).toBeGreaterThanOrEqual(4.5);
        });
      }
    }
  });

  describe(`${theme} theme: text on its own opaque ground`, () => {
    it('the month labels under the timeline (.months .month) are at least 4.5:1', () => {
      const r = rule(appCss, '.months .month');
      expect(contrast(colour(r.color, theme), colour(r.background, theme))).toBeGreaterThanOrEqual(4.5);
    });
    it('the MapLibre attribution (links on an opaque ground) is at least 4.5:1', () => {
      expect(
        contrast(
          colour(rule(appCss, '#map .maplibregl-ctrl-attrib a').color, theme),
          colour(rule(appCss, '#map .maplibregl-ctrl.maplibregl-ctrl-attrib')['background-color'], theme),
        ),
      ).toBeGreaterThanOrEqual(4.5);
    });
    it('the cooperative-gestures hint is at least 4.5:1 on its opaque ground', () => {
      const r = rule(appCss, '#map .maplibregl-cooperative-gesture-screen .maplibregl-mobile-message');
      expect(contrast(colour(r.color, theme), colour(r.background?.split(' ')[0], theme))).toBeGreaterThanOrEqual(4.5);
    });
  });
}
