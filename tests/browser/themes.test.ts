// Light, dark and the host's own theme (issue 21), on the fixture build (it exposes MapLibre
// as window.__map): the flag and its Datawrapper alias, `auto` under both emulated colour
// schemes and under a host <iframe> whose color-scheme is dark, a live switch from the host
// that restyles MapLibre in place, the first paint already dark, the embed's height in both
// themes, axe in dark, and US against China under the three colour-vision simulations.
import type { Browser, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axe, report } from './support/axe';
import { htmlcs, htmlcsReport, HTMLCS_ERROR } from './support/htmlcs';
import { whyReviewed } from './support/review';
import { waitForReady } from './support/page';
import { useSession } from './support/session';
import { difference, hexToRgb, MIN_DELTA_E, simulate, type Deficiency, type Rgb } from '../support/colourVision';
import { basemapPalettes } from '../../src/basemap/style';
import { markPalettes } from '../../src/marks/markPalette';

const hostPage = (src: string, scheme: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><style>:root{color-scheme:${scheme}}body{background:${scheme === 'dark' ? '#101114' : '#fff'};margin:0}</style></head>` +
  `<body><main><iframe id="map" src="${src}" title="Map" style="border:0;width:100%;color-scheme:${scheme}" height="760"></iframe></main></body></html>`;

const session = useSession({
  story: 'fixture',
  serve: {
    routes: {
      '/dark-host.html': ({ altOrigin }) => hostPage(`${altOrigin}/index.html?embed=1&theme=auto`, 'dark'),
      '/light-host.html': ({ altOrigin }) => hostPage(`${altOrigin}/index.html?embed=1&theme=auto`, 'light'),
    },
  },
});

const DARK_PAPER = 'rgb(20, 24, 29)';
const LIGHT_PAPER = 'rgb(255, 255, 255)';

interface Opened {
  page: Page;
  warnings: string[];
  close(): Promise<void>;
}

async function open(browser: Browser, path: string, o: BrowserContextOptions & { ready?: boolean } = {}): Promise<Opened> {
  const { ready = true, ...options } = o;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${session.server.origin}${path}`);
  if (ready) await waitForReady(page, errors);
  return { page, warnings, close: () => context.close() };
}

/** What the page shows: its theme attribute, its color-scheme meta, its painted background. */
function themeOf(frame: Page | Frame) {
  return frame.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    meta: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'),
    background: getComputedStyle(document.documentElement).backgroundColor,
  }));
}

const dark = { theme: 'dark', meta: 'dark', background: DARK_PAPER };
const light = { theme: 'light', meta: 'light', background: LIGHT_PAPER };

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe#map');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await waitForReady(frame);
  return frame;
}

describe('theme from the address', () => {
  test('theme=dark and dark=true give dark; no flag is light even on a dark system; a bad value warns and stays light', async () => {
    const seen: Record<string, unknown> = {};
    for (const [path, scheme] of [
      ['/index.html?theme=dark', 'light'],
      ['/index.html?dark=true', 'light'],
      ['/index.html', 'dark'],
      ['/index.html?dark=false', 'dark'],
    ] as const) {
      // The head step decides before the first paint: no need to wait for the map.
      const app = await open(session.browser, path, { colorScheme: scheme, ready: false });
      seen[`${path} (system ${scheme})`] = await themeOf(app.page);
      await app.close();
    }
    expect(seen).toEqual({
      '/index.html?theme=dark (system light)': dark,
      '/index.html?dark=true (system light)': dark,
      '/index.html (system dark)': light,
      '/index.html?dark=false (system dark)': light,
    });
    const bad = await open(session.browser, '/index.html?theme=midnight');
    expect(await themeOf(bad.page)).toEqual(light);
    expect(bad.warnings.some((w) => w.includes('theme "midnight" is not light, dark or auto'))).toBe(true);
    await bad.close();
  });

  test('theme=auto follows the emulated colour scheme, and its change without a reload', async () => {
    const app = await open(session.browser, '/index.html?theme=auto', { colorScheme: 'dark' });
    expect(await themeOf(app.page)).toEqual(dark);
    await app.page.evaluate(() => {
      (window as { beforeSwitch?: boolean }).beforeSwitch = true;
    });
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(await themeOf(app.page)).toEqual(light);
    // The same document: nothing reloaded.
    expect(await app.page.evaluate(() => (window as { beforeSwitch?: boolean }).beforeSwitch)).toBe(true);
    await app.close();
  });
});

describe('in a host page', () => {
  test('theme=auto in an <iframe> whose color-scheme is dark is dark, and light when the host switches it; in a light one, light; the embed is as tall in both', async () => {
    // No emulation: the frame's prefers-color-scheme is then its <iframe> element's color-scheme.
    const heights: number[] = [];
    for (const [host, want] of [
      ['/dark-host.html', dark],
      ['/light-host.html', light],
    ] as const) {
      const page = await open(session.browser, host, { colorScheme: null, viewport: { width: 375, height: 800 }, ready: false });
      const frame = await appFrame(page.page);
      expect(await themeOf(frame), host).toEqual(want);
      heights.push(await frame.evaluate(() => document.getElementById('app')!.getBoundingClientRect().height));
      if (want === dark) {
        // The host's own toggle: its frame turns light, in place (the same document).
        await frame.evaluate(() => {
          (window as { beforeSwitch?: boolean }).beforeSwitch = true;
        });
        await page.page.evaluate(() => {
          document.documentElement.style.colorScheme = 'light';
          document.querySelector('iframe')!.style.colorScheme = 'light';
        });
        await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light');
        expect(await frame.evaluate(() => (window as { beforeSwitch?: boolean }).beforeSwitch)).toBe(true);
      }
      await page.close();
    }
    expect(heights[0]).toBeGreaterThan(300);
    expect(heights[0]).toBe(heights[1]);
  });

  test('the host’s set {theme} restyles MapLibre in place: the same style, its line layers, its sources, a dark map', async () => {
    const host = await open(session.browser, '/light-host.html', { colorScheme: null, viewport: { width: 375, height: 800 }, ready: false });
    const frame = await appFrame(host.page);
    await frame.waitForFunction(() => document.getElementById('map')?.dataset.renderer === 'webgl', undefined, { timeout: 60_000 });
    type W = { __map: import('maplibre-gl').Map; styleBefore?: unknown; reloaded?: boolean };
    const before = await frame.evaluate(() => {
      const w = window as unknown as W;
      w.styleBefore = (w.__map as unknown as { style: unknown }).style;
      w.__map.on('style.load', () => {
        w.reloaded = true;
      });
      return { theme: w.__map.getGlobalState().theme, sources: Object.keys(w.__map.getStyle().sources).sort() };
    });
    expect(before.theme).toBe('light');
    const seaBefore = await mapCorner(host.page);
    await host.page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'critical-minerals-map:set', theme: 'dark' }, '*'));
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await frame.evaluate(() => new Promise((r) => (window as unknown as W).__map.once('idle', r)));
    const after = await frame.evaluate(() => {
      const w = window as unknown as W;
      const map = w.__map;
      return {
        theme: map.getGlobalState().theme,
        sameStyle: (map as unknown as { style: unknown }).style === w.styleBefore,
        reloaded: w.reloaded ?? false,
        coastline: map.getLayer('basemap-coastline')?.type ?? null,
        borders: map.getLayer('basemap-borders')?.type ?? null,
        sources: Object.keys(map.getStyle().sources).sort(),
        sea: map.getPaintProperty('basemap-sea', 'background-color') !== undefined,
      };
    });
    expect(after).toEqual({ theme: 'dark', sameStyle: true, reloaded: false, coastline: 'line', borders: 'line', sources: before.sources, sea: true });
    // The map's pixels: its corner (sea or land) light before, dark after.
    const seaAfter = await mapCorner(host.page);
    expect(luma(seaBefore), `before ${seaBefore}`).toBeGreaterThan(0.6);
    expect(luma(seaAfter), `after ${seaAfter}`).toBeLessThan(0.2);
    expect(await themeOf(frame)).toEqual(dark);
    // "View the full map" carries the theme the frame shows.
    expect(new URL((await frame.getAttribute('.full-map-link', 'href')) ?? '').searchParams.get('theme')).toBe('dark');
    await host.close();
  });
});

/** The mean colour of a 4 × 4 px patch near the map's bottom-left corner, as the screen shows it. */
async function mapCorner(page: Page): Promise<Rgb> {
  const frame = (await (await page.$('iframe'))!.contentFrame())!;
  const box = await frame.evaluate(() => {
    const r = document.getElementById('map')!.getBoundingClientRect();
    return { x: r.left + 12, y: r.bottom - 40 };
  });
  const offset = (await (await page.$('iframe'))!.boundingBox())!;
  return pixel(page, offset.x + box.x, offset.y + box.y);
}

async function pixel(page: Page, x: number, y: number): Promise<Rgb> {
  const png = await page.screenshot({ clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 }, animations: 'disabled' });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const sum = [0, 0, 0];
    for (let i = 0; i < d.length; i += 4) for (let k = 0; k < 3; k++) sum[k]! += d[i + k]!;
    const n = d.length / 4;
    return sum.map((v) => v / n) as unknown as [number, number, number];
  }, png.toString('base64'));
}

const luma = ([r, g, b]: Rgb) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

describe('first paint', () => {
  test('is already dark, before the app’s script has run, with the same first-view height as light', async () => {
    const heights: number[] = [];
    for (const theme of ['dark', 'light']) {
      const context = await session.browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      // The app's module held back: what shows is the HTML's first view, the head step and the CSS.
      let release: () => void = () => {};
      const held = new Promise<void>((r) => {
        release = r;
      });
      await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      // DOMContentLoaded waits for module scripts: wait for the parse to end and a frame to paint (the CSS blocks rendering, so it is in).
      await page.goto(`${session.server.origin}/index.html?embed=1&theme=${theme}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const first = await page.evaluate(() => ({
        state: document.documentElement.dataset.state ?? null,
        theme: document.documentElement.dataset.theme,
        background: getComputedStyle(document.documentElement).backgroundColor,
        sea: getComputedStyle(document.querySelector('#fv-embed, .fv-shell-embed .fv')!).backgroundColor,
        shown: getComputedStyle(document.querySelector('.fv-shell-embed')!).display,
        height: document.querySelector('.fv-shell-embed')!.getBoundingClientRect().height,
      }));
      expect(first.state, 'the app had not started').toBe(null);
      expect(first.shown).toBe('block');
      if (theme === 'dark') {
        expect(first).toMatchObject({ theme: 'dark', background: DARK_PAPER, sea: 'rgb(14, 27, 38)' });
        // And on screen: the map's picture is dark.
        const box = (await page.locator('.fv-shell-embed #map').boundingBox())!;
        expect(luma(await pixel(page, box.x + 10, box.y + box.height - 30))).toBeLessThan(0.2);
      } else expect(first).toMatchObject({ theme: 'light', background: LIGHT_PAPER });
      heights.push(first.height);
      release();
      await context.close();
    }
    expect(heights[0]).toBeGreaterThan(300);
    expect(heights[0]).toBe(heights[1]);
  });
});

describe('images and the embed dialog', () => {
  test('downloads follow the theme on screen, print stays light, the dialog’s theme goes into the snippet with a preview', async () => {
    const app = await open(session.browser, '/index.html?theme=auto', { colorScheme: 'dark' });
    const svgText = async () => {
      const [file] = await Promise.all([app.page.waitForEvent('download', { timeout: 30_000 }), app.page.click('#download-svg')]);
      const path = await file.path();
      return (await import('node:fs/promises')).readFile(path, 'utf8');
    };
    const ground = (svg: string) => /<svg[^>]*>[\s\S]*?<rect width="\d+" height="\d+" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
    const darkSvg = await svgText();
    expect(ground(darkSvg)).toBe(markPalettes.dark.paper);
    expect(darkSvg).toContain(`fill="${basemapPalettes.dark.sea}"`);
    // The system turns light: the next download is light, without a reload.
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    expect(ground(await svgText())).toBe(markPalettes.light.paper);
    // Back to dark on screen; print is light all the same (the still and the page's tokens).
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await app.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await app.page.waitForSelector('.print-still svg .partner-marker', { timeout: 20_000 });
    const print = await app.page.evaluate(() => ({
      still: document.querySelector('.print-still svg > rect')?.getAttribute('fill'),
      ink: getComputedStyle(document.querySelector('.card h2')!).color,
    }));
    expect(print).toEqual({ still: markPalettes.light.paper, ink: 'rgb(26, 29, 33)' });
    await app.page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    // The embed dialog: Dark puts theme=dark into the snippet and previews the view in dark.
    await app.page.click('#embed-open');
    await app.page.click('#embed-theme-dark');
    await app.page.waitForFunction(() => document.getElementById('embed-theme-preview')?.dataset.previewTheme === 'dark');
    expect(await app.page.inputValue('#embed-code')).toContain('theme=dark');
    await app.page.click('#embed-theme-light');
    await app.page.waitForFunction(() => document.getElementById('embed-theme-preview')?.dataset.previewTheme === 'light');
    expect(await app.page.inputValue('#embed-code')).not.toContain('theme=');
    await app.close();
  });
});

describe('accessibility and colour in dark', () => {
  for (const width of [375, 1280])
    for (const [name, query] of [
      ['page', '?theme=dark'],
      ['embed', '?embed=1&theme=dark'],
    ] as const)
      test(`axe and HTML_CodeSniffer find nothing unexplained in the dark ${name} at ${width} px`, async () => {
        const app = await open(session.browser, `/index.html${query}`, { viewport: { width, height: 800 } });
        const { violations, review } = await axe(app.page);
        const text = report(`dark ${name} @${width}`, violations);
        if (text) console.log(text);
        expect(violations.map((v) => v.id)).toEqual([]);
        // What axe leaves for review is explained by a check that can fail (support/review.ts), as in a11y.test.ts.
        const reasons = await whyReviewed(
          app.page,
          review.map((r) => ({ selector: r.target })),
        );
        expect(review.filter((_, i) => reasons[i] === null).map((r) => `${r.id} ${r.target}: ${r.reason}`)).toEqual([]);
        const messages = await htmlcs(app.page);
        const errors = messages.filter((m) => m.type === HTMLCS_ERROR);
        if (errors.length) console.log(htmlcsReport(`dark ${name} @${width}`, errors));
        expect(errors.map((m) => `${m.code} ${m.element}`)).toEqual([]);
        const contrast = messages.filter((m) => m.type !== HTMLCS_ERROR && /1_4_3\./.test(m.code));
        const contrastReasons = await whyReviewed(
          app.page,
          contrast.map((m) => ({ htmlcs: m.index })),
        );
        expect(contrast.filter((_, i) => contrastReasons[i] === null).map((m) => `${m.code} ${m.element}`)).toEqual([]);
        await app.close();
      });

  test('forced-colours mode in dark: the marks and the legend take the system’s colours, not the theme’s', async () => {
    const app = await open(session.browser, '/index.html?theme=dark', { viewport: { width: 1280, height: 800 }, forcedColors: 'active' });
    const seen = await app.page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = (name: string) => {
        probe.style.color = name;
        return getComputedStyle(probe).color;
      };
      const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      return {
        legend: style('.legend-production svg text').fill === system('CanvasText'),
        partner: style('.partner-marker .dot').stroke === system('LinkText'),
        label: style('.marker-label').fill === system('CanvasText'),
      };
    });
    expect(seen).toEqual({ legend: true, partner: true, label: true });
    await app.close();
  });

  test('US and China marks, as drawn in dark, stay MIN_DELTA_E apart under the three simulations', async () => {
    const app = await open(session.browser, '/index.html?theme=dark', { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const where = await app.page.evaluate(() => {
      const centre = (sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, fill: getComputedStyle(el).fill };
      };
      return {
        us: centre('.partner-marker.is-active .dot') ?? centre('.origin-marker .dot'),
        china: centre('.event-marker:not(.kind-meeting):not(.kind-trade-talks):not(.kind-suspension) .symbol'),
      };
    });
    expect(where.us && where.china, 'a US dot and a China diamond on the map').toBeTruthy();
    const seen = { us: await pixel(app.page, where.us!.x, where.us!.y), china: await pixel(app.page, where.china!.x, where.china!.y) };
    await app.close();
    // What is on screen is the dark palette's (within a just-noticeable step or two).
    expect(difference(seen.us, hexToRgb(markPalettes.dark.us))).toBeLessThan(3);
    expect(difference(seen.china, hexToRgb(markPalettes.dark.china))).toBeLessThan(3);
    // China's production circle: its colour at 22 % over the dark land.
    const land = hexToRgb(basemapPalettes.dark.land);
    const production = hexToRgb(markPalettes.dark.production).map((c, i) => 0.22 * c + 0.78 * land[i]!) as unknown as Rgb;
    const lines: string[] = [];
    for (const kind of ['protanopia', 'deuteranopia', 'tritanopia'] as Deficiency[]) {
      const [us, china, circle] = [seen.us, seen.china, production].map((c) => simulate(c, kind)) as [Rgb, Rgb, Rgb];
      lines.push(`${kind}: US vs China ΔE2000 ${difference(us, china).toFixed(1)}, vs production circle ${difference(us, circle).toFixed(1)}`);
      expect(difference(us, china), `${kind}: US vs China marker`).toBeGreaterThanOrEqual(MIN_DELTA_E);
      expect(difference(us, circle), `${kind}: US vs China production circle`).toBeGreaterThanOrEqual(MIN_DELTA_E);
    }
    console.log(`[themes] dark colour vision: ${lines.join('; ')}`);
  });
});
