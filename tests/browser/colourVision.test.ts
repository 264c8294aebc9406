// The default view at 1280 px, photographed and seen through a simulation of protanopia,
// deuteranopia and tritanopia (Machado et al. 2009, tests/support/colourVision.ts): the US
// marks and China's stay at least MIN_DELTA_E apart on the pixels a reader actually sees.
// The three simulated images are written to tests/artifacts/cvd-<kind>.png.
import { writeFile, mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSession } from './support/session';
import { ARTIFACTS_DIR, openApp } from './support/page';
import { difference, MIN_DELTA_E, paletteColour, simulate, simulateImage, type Deficiency, type Rgb } from '../support/colourVision';
import { palette } from '../../src/basemap/style';
import { readStoryData } from '../support/storyData';

const session = useSession();
// China's control step in force in the default view, read from data/ (the real story).
const { events, story } = readStoryData();
const CONTROLS = events.filter((e) => (e.kind === 'export-control' || e.kind === 'suspension') && e.date <= story.defaultDate).at(-1)!.id;
const KINDS: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

/** PNG → RGBA and back, by a canvas in a blank page (no image library in Node). */
async function withCanvas<T>(browser: Browser, run: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

function decodePng(page: import('playwright-core').Page, png: Buffer): Promise<{ width: number; height: number; rgba: string }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const ctx = canvas.getContext('2d', { colorSpace: 'srgb' })!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height, { colorSpace: 'srgb' }).data;
    let s = '';
    for (let i = 0; i < data.length; i += 0x8000) s += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: canvas.width, height: canvas.height, rgba: btoa(s) };
  }, png.toString('base64'));
}

async function encodePng(page: import('playwright-core').Page, width: number, height: number, rgba: Uint8Array): Promise<Buffer> {
  const b64 = await page.evaluate(
    async ({ w, h, data }) => {
      const bytes = Uint8ClampedArray.from(atob(data), (c) => c.charCodeAt(0));
      const canvas = new OffscreenCanvas(w, h);
      canvas.getContext('2d')!.putImageData(new ImageData(bytes, w, h), 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const buf = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < buf.length; i += 0x8000) s += String.fromCharCode(...buf.subarray(i, i + 0x8000));
      return btoa(s);
    },
    { w: width, h: height, data: Buffer.from(rgba).toString('base64') },
  );
  return Buffer.from(b64, 'base64');
}

/** Mean colour of the pixels at `points`. */
function mean(rgba: Uint8Array, width: number, points: readonly { x: number; y: number }[]): Rgb {
  const sum = [0, 0, 0];
  for (const { x, y } of points) {
    const i = (Math.round(y) * width + Math.round(x)) * 4;
    for (let c = 0; c < 3; c++) sum[c]! += rgba[i + c]!;
  }
  return sum.map((v) => v / points.length) as unknown as Rgb;
}

/** The 3 × 3 pixels around a point. */
const around = (p: { x: number; y: number }) => [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ x: p.x + dx, y: p.y + dy })));

const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

describe('colour vision, default view at 1280 px', () => {
  test('US and China marks stay at least ΔE2000 MIN_DELTA_E apart under protanopia, deuteranopia and tritanopia', async () => {
    const app = await openApp(session.browser, session.server, '', { viewport: { width: 1280, height: 800 } });
    // Let the camera settle and the direction dashes fade (they are white, on the arc only).
    await app.page.waitForTimeout(1500);
    const where = await app.page.evaluate((controls) => {
      const centre = (sel: string) => {
        const el = document.querySelector(sel);
        if (!el) throw new Error(`no ${sel}`);
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, r: Math.min(r.width, r.height) / 2 };
      };
      return {
        // The current deal's partner: a dot filled with the US colour.
        us: centre('.partner-marker.is-active .dot'),
        // China's export controls: a diamond in the China colour.
        china: centre(`.event-marker[data-event-id="${controls}"] .symbol`),
        // China's production circle (ISO 156), the largest on the map.
        production: centre('.production-symbol.iso-156'),
        // Everything drawn over the production circle, to keep its samples clear of them.
        over: [...document.querySelectorAll('.event-marker, .partner-marker, .marker-label, .flow')].map((e) => {
          const r = e.getBoundingClientRect();
          return { l: r.left - 3, r: r.right + 3, t: r.top - 3, b: r.bottom + 3 };
        }),
      };
    }, CONTROLS);
    const png = await app.page.screenshot({ animations: 'disabled' });
    await app.close();

    await withCanvas(session.browser, async (page) => {
      const { width, height, rgba: b64 } = await decodePng(page, png);
      const rgba = new Uint8Array(Buffer.from(b64, 'base64'));
      expect([width, height]).toEqual([1280, 800]);
      // Production circle: points in the disc, clear of any mark, label or flow drawn over it.
      const { x: px, y: py, r: pr } = where.production;
      const disc: { x: number; y: number }[] = [];
      for (let dy = -pr; dy <= pr; dy += 2)
        for (let dx = -pr; dx <= pr; dx += 2) {
          const p = { x: px + dx, y: py + dy };
          if (Math.hypot(dx, dy) > pr * 0.85 || p.x < 0 || p.y < 0 || p.x >= width || p.y >= height) continue;
          if (where.over.some((o) => p.x >= o.l && p.x <= o.r && p.y >= o.t && p.y <= o.b)) continue;
          disc.push(p);
        }
      expect(disc.length, 'visible pixels of China’s production circle').toBeGreaterThan(20);
      // The most common colour in the disc: the circle's tint over the ground (not a coast line).
      const counts = new Map<string, { n: number; at: { x: number; y: number } }>();
      for (const p of disc) {
        const k = hex(mean(rgba, width, [p]));
        const e = counts.get(k) ?? { n: 0, at: p };
        e.n += 1;
        counts.set(k, e);
      }
      const modal = [...counts.values()].sort((a, b) => b.n - a.n)[0]!.at;
      const seen = {
        us: mean(rgba, width, around(where.us)),
        china: mean(rgba, width, around(where.china)),
        production: mean(rgba, width, [modal]),
      };
      // The samples are the marks: within a just-noticeable step or two of the palette.
      expect(difference(seen.us, paletteColour('us')), `US dot ${hex(seen.us)}`).toBeLessThan(3);
      expect(difference(seen.china, paletteColour('china')), `China marker ${hex(seen.china)}`).toBeLessThan(3);
      const tint = (ground: string) => {
        const g = paletteColour('production').map((c, i) => 0.22 * c + 0.78 * parseInt(ground.slice(1 + 2 * i, 3 + 2 * i), 16));
        return g as unknown as Rgb;
      };
      expect(
        Math.min(...[palette.land, palette.landHighlight, palette.sea].map((g) => difference(seen.production, tint(g)))),
        `production circle ${hex(seen.production)}`,
      ).toBeLessThan(3);

      await mkdir(ARTIFACTS_DIR, { recursive: true });
      await writeFile(`${ARTIFACTS_DIR}cvd-original.png`, png);
      const lines: string[] = [];
      for (const kind of KINDS) {
        const out = simulateImage(rgba, kind);
        const path = `${ARTIFACTS_DIR}cvd-${kind}.png`;
        await writeFile(path, await encodePng(page, width, height, out));
        // Measured on the simulated image's own pixels, and checked against simulating the samples.
        const us = mean(out, width, around(where.us));
        const china = mean(out, width, around(where.china));
        const production = mean(out, width, [modal]);
        expect(difference(us, simulate(seen.us, kind))).toBeLessThan(1);
        const d = { china: difference(us, china), production: difference(us, production) };
        lines.push(
          `${kind}: US ${hex(us)} vs China marker ${hex(china)} ΔE2000 ${d.china.toFixed(1)}; vs China production circle ${hex(production)} ΔE2000 ${d.production.toFixed(1)} (${path})`,
        );
        expect(d.china, `${kind}: US vs China marker`).toBeGreaterThanOrEqual(MIN_DELTA_E);
        expect(d.production, `${kind}: US vs China production circle`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      }
      console.log(
        `[colour vision] sampled: US ${hex(seen.us)}, China ${hex(seen.china)}, production ${hex(seen.production)}; threshold ΔE2000 ${MIN_DELTA_E}\n  ${lines.join('\n  ')}`,
      );
    });
  }, 120_000);
});
