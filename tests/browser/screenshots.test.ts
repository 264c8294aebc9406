// Screenshots for people to look at (tests/artifacts/, gitignored), taken at a phone and a
// desktop size and inside a host page's iframe; each also checks what a reader would notice
// first at that size: the map is on screen and nothing scrolls sideways.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium';
import { openApp, openPage, screenshot, waitForReady } from './support/page';
import { readStoryData } from '../support/storyData';

// Smoke test on the real story: the last deal in data/, whichever it is.
const LAST_DEAL = readStoryData()
  .events.filter((e) => e.deal)
  .at(-1)!.id;
import { serveDist, type StaticServer } from './support/server';

let browser: Browser;
let server: StaticServer;

// A newsroom article page on another origin (127.0.0.1 vs the app's localhost) embedding the
// map in a 700 px text column, as a CMS would.
const hostPage = (appOrigin: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 18px/1.5 Georgia, serif; background: #fff; }
  main { width: 700px; margin: 0 auto; padding: 24px 0; }
  iframe { display: block; width: 100%; height: 640px; border: 0; }
</style></head>
<body><main>
  <h1>Host article</h1>
  <p>Text before the embedded map.</p>
  <iframe src="${appOrigin}/index.html" title="Map: US critical-minerals deals in the Indo-Pacific"></iframe>
  <p>Text after the embedded map.</p>
</main></body></html>`;

beforeAll(async () => {
  server = await serveDist({ routes: { '/host.html': ({ origin }) => hostPage(origin) } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Horizontal overflow a reader would have to scroll to see, in px (0 when none). */
function sidewaysOverflow(page: Page | Frame): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** How much of #map's box lies inside the viewport, as a share of the viewport's area. */
function mapShare(page: Page | Frame): Promise<number> {
  return page.evaluate(() => {
    const r = document.querySelector('#map')!.getBoundingClientRect();
    const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    return (w * h) / (innerWidth * innerHeight);
  });
}

describe.each([
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
])('at $width×$height', (viewport) => {
  test.each([
    ['default', ''],
    ['deal-selected', `?deal=${LAST_DEAL}`],
  ])('the %s view shows the map without sideways scrolling', async (name, query) => {
    const app = await openApp(browser, server, query, { viewport });
    await screenshot(app.page, `story-${viewport.width}x${viewport.height}-${name}`);
    expect(await sidewaysOverflow(app.page)).toBe(0);
    expect(await mapShare(app.page)).toBeGreaterThan(0.2);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('embedded in a 700 px column of a host page on another origin', () => {
  test('fills the column and renders inside the iframe', async () => {
    const host = await openPage(browser, `${server.altOrigin}/host.html`, { width: 1280, height: 800 });
    const frame = host.page.frames().find((f) => f.url().startsWith(server.origin));
    expect(frame, 'the app iframe').toBeDefined();
    await waitForReady(frame!, host.errors);
    await host.page.locator('iframe').scrollIntoViewIfNeeded();
    await screenshot(host.page, 'story-embed-700px-column');
    expect(await frame!.evaluate(() => innerWidth)).toBe(700);
    expect(await sidewaysOverflow(frame!)).toBe(0);
    expect(await mapShare(frame!)).toBeGreaterThan(0.2);
    expect(host.errors).toEqual([]);
    await host.close();
  });
});
