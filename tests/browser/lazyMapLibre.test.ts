// An embed below the fold costs the article almost nothing: until the reader comes near it,
// the frame fetches the page's own small chunks (JavaScript at most 120 KB gzip) and neither
// MapLibre's chunk nor its worker, yet it has sized itself to its content; once the reader
// scrolls to it, MapLibre is fetched and takes over. Three frames on one article, on another
// origin than the host, as a newsroom embeds them (the dialog's snippet and embed.js).
// Counts and bytes only: how fast is the bench's business.
import type { Frame, Page, Response } from 'playwright-core';
import { expect, test } from 'vitest';
import type { Origins } from './support/server';
import { useSession } from './support/session';
import { screenshot } from './support/page';

const FRAMES = 3;
const BUDGET_GZIP_BYTES = 120 * 1024;
const MAPLIBRE = /\/assets\/(createMap-[^/]*\.js|maplibre-gl-worker-[^/]*\.mjs)$/;

function article({ altOrigin }: Origins): string {
  const para = (i: number) => `<p>Paragraph ${i}. The article runs on about mines, refineries and trade, long enough to fill a few lines at any width.</p>`;
  const screens = (from: number) => Array.from({ length: 16 }, (_, i) => para(from + i)).join('');
  const frame = (i: number) =>
    `<iframe data-critical-minerals-map id="embed-${i}" src="${altOrigin}/index.html?embed=1" title="Map ${i}" width="100%" height="703" style="border:0;width:100%"></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Article</title>
<style>body{margin:0 auto;max-width:640px;padding:0 10px;font:18px/1.5 serif}iframe{display:block}</style></head><body><h1>An article</h1>
${screens(1)}${frame(1)}${screens(20)}${frame(2)}${screens(40)}${frame(3)}${screens(60)}<script src="${altOrigin}/embed.js" async></script></body></html>`;
}

const session = useSession({ story: 'fixture', serve: { gzip: true, routes: { '/article.html': article } } });

/** Each map frame's height on the host against its content's, once every frame reports one. */
async function frameHeights(page: Page): Promise<{ iframe: number; content: number }[]> {
  const frames = page.frames().filter((f) => f.url().includes('embed=1'));
  return Promise.all(
    frames.map(async (f: Frame) => ({
      iframe: await (await f.frameElement()).evaluate((e) => (e as Element).getBoundingClientRect().height),
      content: await f.evaluate(() => Math.ceil(document.querySelector('.app')?.getBoundingClientRect().bottom ?? 0)).catch(() => 0),
    })),
  );
}

test('three embeds below the fold: sized while off screen, MapLibre fetched only for the one the reader scrolls to', async () => {
  const context = await session.browser.newContext({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const js: { url: string; bytes: number }[] = [];
  const maplibre: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r: Response) => {
    const url = new URL(r.url());
    if (url.origin !== session.server.altOrigin) return;
    if (MAPLIBRE.test(url.pathname)) maplibre.push(url.pathname);
    // The frames' own JavaScript (not the host's loader), as sent: gzip bytes.
    if (/\/assets\/[^/]*\.m?js$/.test(url.pathname)) js.push({ url: url.pathname, bytes: Number(r.headers()['content-length'] ?? Number.NaN) });
  });
  try {
    await page.goto(`${session.server.origin}/article.html`);
    // Every frame sizes itself off screen (no frame is within a screen of the viewport).
    await expect
      .poll(async () => (await frameHeights(page)).filter((h) => h.content > 200 && Math.abs(h.iframe - h.content) <= 3).length, {
        timeout: 45_000,
        interval: 250,
      })
      .toBe(FRAMES);
    await page.waitForLoadState('networkidle');
    const before = js.map((r) => r.bytes);
    const oneFrame = new Map(js.map((r) => [r.url, r.bytes]));
    expect(before.every(Number.isFinite)).toBe(true);
    expect(
      [...oneFrame.values()].reduce((a, b) => a + b, 0),
      [...oneFrame.keys()].join(', '),
    ).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(maplibre).toEqual([]);
    for (const f of page.frames().filter((f) => f.url().includes('embed=1'))) {
      expect(await f.evaluate(() => document.getElementById('map')?.dataset.renderer)).toBe('preview');
    }

    // The reader scrolls to the first map: its MapLibre chunk and worker come, and it takes over.
    await page.evaluate(() => document.getElementById('embed-1')!.scrollIntoView({ block: 'center' }));
    const firstFrame = (await (await page.$('#embed-1'))!.contentFrame())!;
    await firstFrame.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 90_000 });
    expect(await firstFrame.evaluate(() => document.getElementById('map')?.dataset.renderer)).toBe('webgl');
    expect(maplibre.some((p) => p.includes('createMap-'))).toBe(true);
    expect(maplibre.some((p) => p.includes('maplibre-gl-worker-'))).toBe(true);
    // The third is still far below: still the SVG map.
    const third = (await (await page.$('#embed-3'))!.contentFrame())!;
    expect(await third.evaluate(() => document.getElementById('map')?.dataset.renderer)).toBe('preview');
    await screenshot(page, 'embed-below-the-fold-scrolled-375');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
