// The embed as a newsroom uses it: about one phone screen tall, its details one click away,
// its height known to the host page before the reader scrolls to it, with the real pym.js,
// Datawrapper's and AMP's documented listeners, no layout shift on the host page and a quiet
// host console. Deals and dates come from data/, so editing the story never breaks this file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test, vi } from 'vitest';
import { FALLBACK_HEIGHT } from '../../src/embed/embedSnippet';
import { openPage, waitForReady, type OpenedPage } from './support/page';
import type { Origins } from './support/server';
import { useSession } from './support/session';

vi.setConfig({ testTimeout: 240_000 });

const { events } = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as { events: { id: string; deal?: unknown }[] };
const dealIds = events.filter((e) => e.deal).map((e) => e.id);
const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

/** The issue's limits: 760 px from 320 to 999 px wide, 840 px at 280, 800 px from 1,000 up. */
function maxHeight(width: number): number {
  return width < 320 ? 840 : width < 1000 ? 760 : 800;
}
const PHONE = 600;

/**
 * An article page on another origin. `?loader=` embed.js (the dialog's snippet, with its
 * height attribute), pym (a real pym.Parent), dw (Datawrapper's published listener) or
 * amp (an amp-iframe-style listener for `embed-size`); `?before=` px of text above the frame;
 * `?w=` the column width. Layout shifts and heights seen are recorded for the test.
 */
const article = ({ origin }: Origins) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { margin: 0; font: 18px/1.5 Georgia, serif; }
  main { margin: 0 auto; max-width: 100%; }
  .filler { margin: 0; background: linear-gradient(#fff, #eee); }
  iframe { border: 0; width: 100%; display: block; }
</style>
<script>
  window.__cls = 0; window.__shifts = []; window.__heights = [];
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { if (!e.hadRecentInput) { __cls += e.value; __shifts.push({ value: e.value, t: e.startTime }); } });
  }).observe({ type: 'layout-shift', buffered: true });
</script></head>
<body><main id="col">
  <p class="filler" id="before">Text before the embedded map.</p>
  <div id="slot"></div>
  <p class="filler" style="height:1200px">Text after the embedded map.</p>
</main>
<script>
  // The host's own layout, set before the blocking pym.js script: on a loaded machine Chromium
  // may paint while that script downloads, and a column that grew after that paint would be
  // a shift of the host's making, counted against the embed.
  var q = new URLSearchParams(location.search);
  document.getElementById('col').style.width = q.get('w') || '100%';
  document.getElementById('before').style.height = (q.get('before') || '200') + 'px';
</script>
<script src="/pym.v1.min.js"></script>
<script>
  var src = '${origin}/?embed=1' + (q.get('q') || '');
  var slot = document.getElementById('slot');
  var loader = q.get('loader') || 'embed.js';
  function watch(f) {
    new ResizeObserver(function () { __heights.push({ h: f.getBoundingClientRect().height, t: performance.now() }); }).observe(f);
  }
  if (loader === 'pym') {
    window.__pym = new pym.Parent('slot', src, { title: 'Map' });
    watch(window.__pym.iframe);
  } else {
    var f = document.createElement('iframe');
    f.title = 'Map';
    f.src = src;
    if (loader === 'embed.js') {
      f.setAttribute('data-critical-minerals-map', '');
      f.setAttribute('height', '${FALLBACK_HEIGHT}');
      var s = document.createElement('script');
      s.src = '${origin}/embed.js';
      s.async = true;
      document.head.appendChild(s);
    } else {
      f.setAttribute('height', '400');
    }
    slot.appendChild(f);
    watch(f);
    if (loader === 'dw') {
      // Datawrapper's responsive embed listener, as its embed code publishes it.
      window.addEventListener('message', function (a) {
        if (void 0 !== a.data['datawrapper-height']) {
          var e = document.querySelectorAll('iframe');
          for (var t in a.data['datawrapper-height'])
            for (var r = 0; r < e.length; r++)
              if (e[r].contentWindow === a.source) e[r].style.height = a.data['datawrapper-height'][t] + 'px';
        }
      });
    }
    if (loader === 'amp') {
      // amp-iframe's resize request: {sentinel: 'amp', type: 'embed-size', height} from the frame's own window.
      window.addEventListener('message', function (event) {
        var d = event.data;
        if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size' || event.source !== f.contentWindow) return;
        var h = Number(d.height);
        if (h > 0) f.style.height = h + 'px';
      });
    }
  }
</script></body></html>`;

const session = useSession({ serve: { routes: { '/article.html': article, '/pym.v1.min.js': () => PYM } } });

/** Console errors and warnings of the host page itself (the frame's own go to its own target). */
function hostNoise(host: OpenedPage): string[] {
  return [...host.errors, ...host.console.filter((c) => c.type === 'warning').map((c) => `warning: ${c.text}`)];
}

async function mapFrame(page: Page): Promise<Frame> {
  const { origin } = session.server;
  for (let i = 0; i < 300; i++) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(`${origin}/`));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no map frame');
}

async function iframeHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
}

async function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => Math.ceil(document.getElementById('app')!.getBoundingClientRect().bottom + scrollY));
}

/** Waits until the host's iframe is within `tolerance` px of the frame's content. */
async function settled(page: Page, frame: Frame, tolerance = 3): Promise<{ iframe: number; content: number }> {
  let h = { iframe: await iframeHeight(page), content: await contentHeight(frame) };
  for (let i = 0; i < 100 && Math.abs(h.iframe - h.content) > tolerance; i++) {
    await page.waitForTimeout(100);
    h = { iframe: await iframeHeight(page), content: await contentHeight(frame) };
  }
  return h;
}

describe('a compact first view', () => {
  // The layout is the same whichever renderer draws the map, and the map's box is reserved
  // in CSS, so one page per view is resized through the widths.
  const widths = [280, 320, 375, 414, 599, 600, 700, 999, 1000, 1280];
  const views = ['', ...dealIds.map((id) => `&deal=${id}`)];

  test.each(views)('view "%s": within the height limit at every width, the map ≥ 45%% on a phone', async (view) => {
    const app = await openPage(session.browser, `${session.server.origin}/?embed=1${view}`, { width: 1280, height: 900 });
    await waitForReady(app.page, app.errors);
    const measured: Record<number, { height: number; map: number }> = {};
    for (const width of widths) {
      await app.page.setViewportSize({ width, height: 900 });
      await app.page.waitForFunction((w) => innerWidth === w, width);
      measured[width] = await app.page.evaluate(async () => {
        await document.fonts.ready;
        return {
          height: Math.ceil(document.getElementById('app')!.getBoundingClientRect().bottom + scrollY),
          map: document.getElementById('map')!.getBoundingClientRect().height,
        };
      });
    }
    console.info(`embed first view${view || ' (default)'}: ${widths.map((w) => `${w}px ${measured[w]!.height}`).join(', ')}`);
    for (const width of widths) {
      const m = measured[width]!;
      expect(m.height, `height at ${width} px`).toBeLessThanOrEqual(maxHeight(width));
      // Phones from 320 px; at 280 px the issue allows a taller frame (840 px) instead.
      if (width >= 320 && width < PHONE) expect(m.map / m.height, `map share at ${width} px`).toBeGreaterThanOrEqual(0.45);
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('the snippet’s fallback height is the first view in a 640 px column', async () => {
    const app = await openPage(session.browser, `${session.server.origin}/?embed=1`, { width: 640, height: 900 });
    await waitForReady(app.page, app.errors);
    const height = await app.page.evaluate(async () => {
      await document.fonts.ready;
      return Math.ceil(document.getElementById('app')!.getBoundingClientRect().bottom + scrollY);
    });
    // A CMS that strips embed.js shows the map at this size: off by less than a line of text.
    expect(Math.abs(height - FALLBACK_HEIGHT), `first view at 640 px is ${height} px; set FALLBACK_HEIGHT in src/embed/embedSnippet.ts`).toBeLessThanOrEqual(
      16,
    );
    await app.close();
  });
});

describe('the card’s details open in place', () => {
  test('by keyboard: a disclosure button that screen readers hear as expanded or collapsed; the frame grows and shrinks back', async () => {
    const host = await openPage(session.browser, `${session.server.altOrigin}/article.html?loader=embed.js&before=50&w=375px`, { width: 375, height: 800 });
    const frame = await mapFrame(host.page);
    await waitForReady(frame, host.errors);
    const closed = await settled(host.page, frame);
    expect(Math.abs(closed.iframe - closed.content)).toBeLessThanOrEqual(3);

    const button = frame.locator('#event-card .more-button');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    const controls = (await button.getAttribute('aria-controls'))!;
    expect(await frame.locator(`#${controls}`).isVisible()).toBe(false);
    await button.focus();
    await host.page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await frame.locator(`#${controls}`).waitFor({ state: 'visible' });
    // Where, parties, instrument and sources are now there, and the sources are links.
    expect(await frame.locator(`#${controls} dl.facts dt`).count()).toBeGreaterThanOrEqual(3);
    expect(await frame.locator(`#${controls} .sources a`).count()).toBeGreaterThan(0);
    await host.page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().height > before + 50, closed.iframe);
    const open = await settled(host.page, frame);
    expect(Math.abs(open.iframe - open.content)).toBeLessThanOrEqual(3);

    await host.page.keyboard.press('Space');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await host.page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().height < before - 50, open.iframe);
    const again = await settled(host.page, frame);
    expect(Math.abs(again.iframe - closed.iframe)).toBeLessThanOrEqual(1);
    expect(hostNoise(host)).toEqual([]);
    await host.close();
  });

  test('the callout and the legend are one line each until opened', async () => {
    const app = await openPage(session.browser, `${session.server.origin}/?embed=1`, { width: 375, height: 800 });
    await waitForReady(app.page, app.errors);
    const lines = await app.page.evaluate(() =>
      ['.callout', '.legend'].map((s) => {
        const el = document.querySelector<HTMLElement>(s)!;
        return { height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) || 20, open: el.querySelector('details')!.open };
      }),
    );
    for (const l of lines) {
      expect(l.open).toBe(false);
      expect(l.height).toBeLessThanOrEqual(Math.max(l.line, 24) + 4);
    }
    await app.page.click('.callout summary');
    expect(await app.page.locator('.callout li').first().isVisible()).toBe(true);
    await app.close();
  });
});

describe('height before the reader scrolls, and no layout shift on the host', () => {
  test.each(['embed.js', 'pym'])('%s: a frame 1,500 px below the fold has its final height before it is reached; host CLS < 0.01', async (loader) => {
    const viewport = { width: 700, height: 900 };
    const host = await openPage(session.browser, `${session.server.altOrigin}/article.html?loader=${loader}&before=${viewport.height + 1500}`, viewport);
    const frame = await mapFrame(host.page);
    // No scrolling yet: Chromium runs no animation frames in this off-screen frame, and the
    // height must arrive all the same.
    await frame.waitForFunction(() => document.documentElement.dataset.state === 'ready' || !!document.querySelector('.card'), undefined, { timeout: 60_000 });
    const before = await settled(host.page, frame);
    const firstFinal = await host.page.evaluate(() => (window as unknown as { __heights: { h: number; t: number }[] }).__heights);
    const reachedAt = firstFinal.find((x) => Math.abs(x.h - before.content) <= 3)?.t ?? NaN;
    // The same moment on the frame's own clock: how long after the frame began loading.
    const clocks = { host: await host.page.evaluate(() => performance.timeOrigin), frame: await frame.evaluate(() => performance.timeOrigin) };
    console.info(`${loader}: final height ${before.iframe} px, ${Math.round(reachedAt + clocks.host - clocks.frame)} ms after the frame started loading`);
    expect(Math.abs(before.iframe - before.content)).toBeLessThanOrEqual(3);
    // …while the frame is still below the fold: the reader has not reached it.
    const frameBox = () => host.page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().toJSON() as DOMRect);
    expect((await frameBox()).top, 'the frame is below the fold').toBeGreaterThan(viewport.height);

    // The reader scrolls the article until the frame's top 200 px show: the host really
    // scrolls, and the frame is in view, with most of it still below the fold (a frame that
    // focused or scrolled to anything further down would pull the article along).
    const target = await host.page.evaluate(() => Math.round(scrollY + document.querySelector('iframe')!.getBoundingClientRect().top - innerHeight + 200));
    await host.page.evaluate((y) => window.scrollTo(0, y), target);
    await host.page.waitForFunction((y) => Math.abs(scrollY - y) < 1, target);
    const inView = await frameBox();
    expect([Math.round(inView.top), inView.bottom > viewport.height]).toEqual([viewport.height - 200, true]);

    // The map draws; the frame keeps the height it had, and the page stays where the reader
    // put it: nothing in the frame (focus, scrollIntoView, a resize) moves the host's scroll.
    await waitForReady(frame, host.errors);
    await frame.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((ok) => requestIdleCallback(ok, { timeout: 5000 }));
    });
    await host.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await settled(host.page, frame);
    expect(Math.abs(after.iframe - before.iframe), 'the frame changed height once the reader reached it').toBeLessThanOrEqual(1);
    expect(await host.page.evaluate(() => scrollY), 'the host page was scrolled by the frame').toBe(target);
    expect((await frameBox()).top, 'the frame moved on the host page').toBeCloseTo(inView.top, 0);
    const cls = await host.page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.info(`${loader}: host CLS ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.01);
    expect(hostNoise(host)).toEqual([]);
    await host.close();
  });
});

describe('real clients', () => {
  test.each([375, 700, 1200])('pym.Parent at %i px: its parameters do no harm, the frame ends within 3 px of its content', async (width) => {
    const host = await openPage(session.browser, `${session.server.altOrigin}/article.html?loader=pym&before=40`, { width, height: 900 });
    const frame = await mapFrame(host.page);
    await waitForReady(frame, host.errors);
    const params = new URL(frame.url()).searchParams;
    for (const p of ['initialWidth', 'childId', 'parentTitle', 'parentUrl']) expect(params.has(p), p).toBe(true);
    const h = await settled(host.page, frame);
    expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(3);
    // pym's parameters neither warn nor leak into the full map's link.
    const frameWarnings = await frame.evaluate(() => document.querySelector<HTMLAnchorElement>('.full-map-link')!.href);
    expect(new URL(frameWarnings).searchParams.has('childId')).toBe(false);
    expect(hostNoise(host)).toEqual([]);
    await host.close();
  });

  test.each(['dw', 'amp'])('a %s-style listener sizes the frame to its content', async (loader) => {
    const host = await openPage(session.browser, `${session.server.altOrigin}/article.html?loader=${loader}&before=40&w=700px`, { width: 800, height: 900 });
    const frame = await mapFrame(host.page);
    await waitForReady(frame, host.errors);
    const h = await settled(host.page, frame);
    expect(h.iframe).not.toBe(400);
    expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(3);
    expect(hostNoise(host)).toEqual([]);
    await host.close();
  });
});
