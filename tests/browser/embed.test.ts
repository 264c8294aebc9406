// The map embedded in an article on another origin (host pages on 127.0.0.1, the map on
// localhost), as a newsroom would: sized by its own height reports, driven by the host's
// messages, deaf to everyone else, never stealing the page's scroll, at every width.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { launchChromium } from './support/chromium';
import { openApp, openPage, screenshot, waitForReady, type OpenedPage } from './support/page';
import { serveDist, type Origins, type StaticServer } from './support/server';
import { FALLBACK_HEIGHT } from '../../src/embed/embedSnippet';
import { addDays, formatLongDate } from '../../src/time/dates';
import { readStoryData } from '../support/storyData';

// The real story (its heights are the newsroom's), with dates and ids read from data/.
const { events } = readStoryData();
const DEALS = events.filter((e) => e.deal);
const FIRST_DEAL = DEALS[0]!;
const LAST_DEAL = DEALS.at(-1)!;
const FIRST_DAY = events[0]!.date;

// Each test loads the map in a frame on software WebGL, on a machine shared with other suites.
vi.setConfig({ testTimeout: 240_000 });

let browser: Browser;
let server: StaticServer;

const SET = 'critical-minerals-map:set';

/**
 * An article page. `?q=` is the map's query (default `?embed=1`), `?w=` the column width,
 * `?loader=0` leaves out embed.js, `?sandbox=1` sandboxes the frame with allow-scripts only.
 * Every message the page receives is recorded in window.__messages.
 */
const articlePage = ({ origin }: Origins) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title><link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 18px/1.5 Georgia, serif; }
  main { margin: 0 auto; padding: 0; }
  .filler { height: 900px; background: linear-gradient(#fff, #eee); margin: 0; }
</style>
<script>
  window.__messages = [];
  addEventListener('message', function (e) { __messages.push({ origin: e.origin, data: e.data }); });
</script></head>
<body><main id="col">
  <p class="filler" id="before">Text before the embedded map.</p>
  <div id="slot"></div>
  <p class="filler">Text after the embedded map.</p>
</main>
<script>
  var q = new URLSearchParams(location.search);
  document.getElementById('col').style.width = q.get('w') || '700px';
  document.getElementById('before').style.height = (q.get('before') || '900') + 'px';
  var f = document.createElement('iframe');
  f.name = 'map';
  f.setAttribute('data-critical-minerals-map', '');
  f.title = 'Map: US critical-minerals deals';
  f.setAttribute('style', 'border:0;width:100%;display:block');
  f.height = '700';
  if (q.get('sandbox') === '1') f.setAttribute('sandbox', 'allow-scripts');
  f.src = '${origin}/index.html' + (q.get('q') || '?embed=1');
  document.getElementById('slot').appendChild(f);
  if (q.get('loader') !== '0') {
    var s = document.createElement('script');
    s.src = '${origin}/embed.js';
    s.async = true;
    document.head.appendChild(s);
  }
  if (q.get('evil') === '1') {
    var e = document.createElement('iframe');
    e.src = '${origin}/evil-nav.html';
    e.setAttribute('data-critical-minerals-map', '');
    e.style.height = '40px';
    document.getElementById('slot').appendChild(e);
  }
</script></body></html>`;

// A frame that claims (by its src attribute) to be our map but navigates to another origin
// and from there posts a height, and a `set` aimed at its sibling map frame.
const evilNav = ({ altOrigin }: Origins) => `<!doctype html><title>x</title><script>location.replace('${altOrigin}/evil-post.html')</script>`;
const evilPost = () => `<!doctype html><title>x</title><script>
  setInterval(function () {
    parent.postMessage({ type: 'critical-minerals-map:height', height: 55 }, '*');
    parent.postMessage({ type: 'critical-minerals-map:height', height: 55 }, '*');
    try { parent.frames.map.postMessage({ type: '${SET}', date: '${FIRST_DAY}' }, '*'); } catch (e) {}
  }, 50);
</script>`;

// A bare article page for pasting the dialog's snippet into, as a CMS would.
const pastePage = () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,">
<style>body{margin:0;font:18px/1.5 Georgia,serif} main{width:700px;margin:0 auto}</style></head>
<body><main><p>Before.</p><div id="slot"></div><p>After.</p></main></body></html>`;

beforeAll(async () => {
  server = await serveDist({
    // A sandboxed frame has an opaque origin, so every fetch it makes (module scripts, data,
    // MapLibre's worker code) is cross-origin: the static host must allow that, as GitHub Pages does.
    headers: { 'Access-Control-Allow-Origin': '*' },
    routes: { '/article.html': articlePage, '/evil-nav.html': evilNav, '/evil-post.html': evilPost, '/paste.html': pastePage },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openArticle(query = '', viewport = { width: 1280, height: 800 }): Promise<{ host: OpenedPage; frame: Frame }> {
  const host = await openPage(browser, `${server.altOrigin}/article.html${query}`, viewport);
  const frame = await mapFrame(host.page);
  // Chromium pauses rendering in a cross-origin frame that is off screen (MapLibre's first
  // render with it), as a reader's browser does until they scroll to the map.
  await host.page.locator('iframe[name="map"]').scrollIntoViewIfNeeded();
  await waitForReady(frame, host.errors);
  return { host, frame };
}

async function mapFrame(page: Page): Promise<Frame> {
  await page.waitForFunction((o) => [...document.querySelectorAll('iframe')].some((f) => f.src.startsWith(o)), server.origin);
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => /^\/(index\.html)?\?/.test(f.url().slice(server.origin.length)) && f.url().startsWith(server.origin));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('no map frame');
}

/** The iframe's height on the host page and the bottom of the map's content inside it. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number }> {
  const iframe = await page.evaluate(
    () => document.querySelector<HTMLIFrameElement>('iframe[name="map"], iframe[data-critical-minerals-map]')!.getBoundingClientRect().height,
  );
  const content = await frame.evaluate(() => document.getElementById('app')!.getBoundingClientRect().bottom + scrollY);
  return { iframe, content };
}

/** Waits until the iframe's height has settled within `tolerance` px of its content. */
async function settledHeights(page: Page, frame: Frame, tolerance = 3): Promise<{ iframe: number; content: number }> {
  let h = await heights(page, frame);
  for (let i = 0; i < 60 && Math.abs(h.iframe - h.content) > tolerance; i++) {
    await page.waitForTimeout(100);
    h = await heights(page, frame);
  }
  return h;
}

/** Waits until the partner markers stop moving (the camera may fly after a resize) and the frame has painted. */
async function mapAtRest(frame: Frame): Promise<void> {
  const where = () =>
    frame.evaluate(() =>
      JSON.stringify(
        [...document.querySelectorAll('.partner-marker')].map((m) => {
          const r = m.getBoundingClientRect();
          return [Math.round(r.x), Math.round(r.y)];
        }),
      ),
    );
  let last = await where();
  for (let i = 0; i < 40; i++) {
    await frame.waitForTimeout(400);
    const now = await where();
    if (now === last) break;
    last = now;
  }
  await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

describe('self-sizing', () => {
  test('the iframe ends within 3 px of its content, and shrinks when the card closes', async () => {
    const { host, frame } = await openArticle();
    const open = await settledHeights(host.page, frame);
    expect(Math.abs(open.iframe - open.content)).toBeLessThanOrEqual(3);
    expect(open.iframe).not.toBe(700); // the host's initial height was replaced
    expect(await frame.isVisible('#event-card')).toBe(true);

    await frame.click('.card-close');
    await frame.waitForSelector('#event-card', { state: 'hidden' });
    await host.page.waitForFunction((before) => document.querySelector('iframe')!.getBoundingClientRect().height < before - 20, open.iframe);
    const closed = await settledHeights(host.page, frame);
    expect(closed.iframe).toBeLessThan(open.iframe - 20);
    expect(Math.abs(closed.iframe - closed.content)).toBeLessThanOrEqual(3);
    // Nothing inside the frame is cut off or scrollable: the content fits the frame.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
    expect(host.errors).toEqual([]);
    await host.close();
  });

  test('sends our, Datawrapper’s and AMP’s messages, and pym’s string when the URL has childId', async () => {
    const { host, frame } = await openArticle(`?q=${encodeURIComponent('?embed=1&childId=map7')}`);
    await settledHeights(host.page, frame);
    const content = Math.ceil((await heights(host.page, frame)).content);
    const messages = await host.page.evaluate(() => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages);
    const fromMap = messages.filter((m) => m.origin === server.origin).map((m) => m.data);
    const last = <T>(pred: (d: unknown) => d is T): T | undefined => fromMap.filter(pred).at(-1);
    const ours = last((d): d is { type: string; height: number } => (d as { type?: string })?.type === 'critical-minerals-map:height');
    const dw = last((d): d is { 'datawrapper-height': Record<string, number> } => typeof d === 'object' && d !== null && 'datawrapper-height' in d);
    const amp = last((d): d is { sentinel: string; type: string; height: number } => (d as { sentinel?: string })?.sentinel === 'amp');
    const pym = last((d): d is string => typeof d === 'string' && d.startsWith('pymxPYMxmap7xPYMxheightxPYMx'));
    expect(ours?.height).toBe(content);
    expect(dw).toEqual({ 'datawrapper-height': { map7: content } });
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: content });
    expect(pym).toBe(`pymxPYMxmap7xPYMxheightxPYMx${content}`);
    await host.close();
  });

  test('without childId no pym string is sent', async () => {
    const { host, frame } = await openArticle();
    await settledHeights(host.page, frame);
    const strings = await host.page.evaluate(() =>
      (window as unknown as { __messages: { data: unknown }[] }).__messages.filter((m) => typeof m.data === 'string'),
    );
    expect(strings).toEqual([]);
    await host.close();
  });
});

describe('host control', () => {
  test('a `set` message from the host moves the date, the card and the address', async () => {
    const { host, frame } = await openArticle();
    await host.page.evaluate(
      ([o, t, date]) => {
        document.querySelector<HTMLIFrameElement>('iframe')!.contentWindow!.postMessage({ type: t, date }, o!);
      },
      [server.origin, SET, FIRST_DEAL.date],
    );
    await frame.waitForFunction((date) => new URLSearchParams(location.search).get('date') === date, FIRST_DEAL.date);
    expect(await frame.textContent('#timeline-date')).toContain(formatLongDate(FIRST_DEAL.date));

    await host.page.evaluate(
      ([o, t, date, deal]) => {
        document.querySelector<HTMLIFrameElement>('iframe')!.contentWindow!.postMessage({ type: t, date, deal }, o!);
      },
      [server.origin, SET, LAST_DEAL.date, LAST_DEAL.id],
    );
    await frame.waitForFunction((deal) => new URLSearchParams(location.search).get('deal') === deal, LAST_DEAL.id);
    expect(await frame.getAttribute('#event-card', 'data-event-id')).toBe(LAST_DEAL.id);
    await host.close();
  });

  test('malformed messages from the host, and any message from another frame, change nothing', async () => {
    const { host, frame } = await openArticle('?evil=1');
    const before = { search: await frame.evaluate(() => location.search), date: await frame.textContent('#timeline-date') };
    // A valid date (the first deal's) wrapped wrongly, and dates that are wrong in themselves.
    await host.page.evaluate(
      ([o, t, valid, beforeStory]) => {
        const w = document.querySelector<HTMLIFrameElement>('iframe[name="map"]')!.contentWindow!;
        const bad: unknown[] = [
          JSON.stringify({ type: t, date: valid }),
          { type: t, date: '2025-02-30' },
          { type: t, date: beforeStory },
          { type: t, deal: 'us-narnia' },
          { type: t, date: valid, zoom: 9 },
          { type: 'critical-minerals-map:other', date: valid },
          { type: t },
          null,
          42,
        ];
        for (const data of bad) w.postMessage(data, o!);
      },
      [server.origin, SET, FIRST_DEAL.date, addDays(FIRST_DAY, -1)],
    );
    // The evil sibling posts a valid `set` (the story's first day) every 50 ms; give it time.
    await host.page.waitForTimeout(1500);
    expect(await frame.evaluate(() => location.search)).toBe(before.search);
    expect(await frame.textContent('#timeline-date')).toBe(before.date);
    await host.close();
  });

  test('embed.js ignores heights from a frame whose origin is not its src’s', async () => {
    const { host, frame } = await openArticle('?evil=1');
    await settledHeights(host.page, frame);
    // The impostor frame's src says localhost; it runs on 127.0.0.1 and posts height 55.
    await host.page.waitForTimeout(800);
    const impostor = await host.page.evaluate(() => document.querySelectorAll('iframe')[1]!.style.height);
    expect(impostor).toBe('40px');
    const map = await heights(host.page, frame);
    expect(Math.abs(map.iframe - map.content)).toBeLessThanOrEqual(3);
    await host.close();
  });
});

describe('scroll safety', () => {
  test('a wheel over the embedded map without a modifier scrolls the host page, not the map', async () => {
    const { host, frame } = await openArticle('?before=300', { width: 1000, height: 700 });
    await settledHeights(host.page, frame);
    await host.page.evaluate(() => scrollTo(0, 250));
    await host.page.waitForTimeout(300);
    const box = (await (await frame.frameElement()).boundingBox())!;
    const mapBox = await frame.evaluate(() => {
      const r = document.querySelector('#map')!.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    const arcBefore = await frame.evaluate(() => {
      const r = document.querySelector('path.flow-arc')!.getBoundingClientRect();
      return { w: r.width, h: r.height };
    });
    const scrollBefore = await host.page.evaluate(() => scrollY);
    await host.page.mouse.move(box.x + mapBox.x + mapBox.width / 2, box.y + mapBox.y + mapBox.height / 2);
    await host.page.mouse.wheel(0, 240);
    // The frame's renderer acknowledges the wheel as unhandled before the host scrolls; on
    // software WebGL its main thread can be busy drawing, so wait for the scroll, not a fixed time.
    await host.page.waitForFunction((before) => scrollY > before + 100, scrollBefore, { timeout: 10_000 }).catch(() => {});
    const scrollAfter = await host.page.evaluate(() => scrollY);
    const arcAfter = await frame.evaluate(() => {
      const r = document.querySelector('path.flow-arc')!.getBoundingClientRect();
      return { w: r.width, h: r.height };
    });
    expect(scrollAfter).toBeGreaterThan(scrollBefore + 100);
    expect(arcAfter.w).toBeCloseTo(arcBefore.w, 0);
    expect(arcAfter.h).toBeCloseTo(arcBefore.h, 0);
    // The hint a desktop reader sees names the key, never two fingers.
    const hint = await frame.evaluate(() => {
      const el = document.querySelector('.maplibregl-cooperative-gesture-screen');
      const visible = [...(el?.children ?? [])].find((c) => getComputedStyle(c).display !== 'none');
      const s = visible ? getComputedStyle(visible) : null;
      return { text: visible?.textContent ?? null, color: s?.color ?? '', background: s?.backgroundColor ?? '' };
    });
    expect(hint.text).toMatch(/Ctrl|⌘/);
    // On its own opaque ground, at least 4.5:1, whatever the map beneath (WCAG 1.4.3).
    const rgb = (c: string) => (/^rgb\((\d+), (\d+), (\d+)\)$/.exec(c) ?? []).slice(1).map(Number);
    const lum = (v: number[]) =>
      v
        .map((x) => x / 255)
        .map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4))
        .reduce((sum, x, i) => sum + x * [0.2126, 0.7152, 0.0722][i]!, 0);
    expect(rgb(hint.background), `hint background ${hint.background} is opaque`).toHaveLength(3);
    const [hi, lo] = [lum(rgb(hint.color)), lum(rgb(hint.background))].sort((a, b) => b - a) as [number, number];
    expect((hi + 0.05) / (lo + 0.05)).toBeGreaterThanOrEqual(4.5);
    // The measure can see a zoom: Ctrl + wheel over the map does zoom it.
    const boxNow = (await (await frame.frameElement()).boundingBox())!;
    await host.page.mouse.move(boxNow.x + mapBox.x + mapBox.width / 2, Math.max(boxNow.y + mapBox.y + 40, 40));
    await host.page.keyboard.down('Control');
    await host.page.mouse.wheel(0, -240);
    await host.page.keyboard.up('Control');
    await frame.waitForFunction((w) => document.querySelector('path.flow-arc')!.getBoundingClientRect().width > w * 1.2, arcAfter.w, { timeout: 10_000 });
    await host.close();
  });
});

describe('every width from 280 to 1600 px', () => {
  const widths = [280, 320, 375, 768, 1280, 1600];

  test('the embed never scrolls sideways and every control stays inside the frame', async () => {
    const { host, frame } = await openArticle('?w=100%25', { width: 1600, height: 900 });
    const results: Record<number, { overflow: number; outside: string[]; map: number }> = {};
    for (const width of widths) {
      await host.page.setViewportSize({ width, height: 900 });
      await frame.waitForFunction((w) => innerWidth === w, width);
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      results[width] = await frame.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        outside: [...document.querySelectorAll<HTMLElement>('button, input, a, summary')]
          // checkVisibility: the content of a closed <details> keeps an offsetParent but is not shown.
          .filter((el) => el.offsetParent !== null && el.checkVisibility() && !el.closest('.visually-hidden, .maplibregl-ctrl-attrib'))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.left < -1 || r.right > innerWidth + 1;
          })
          .map((el) => el.id || el.className || el.tagName),
        map: document.querySelector('#map')!.getBoundingClientRect().height,
      }));
    }
    for (const width of widths) {
      expect(results[width], `at ${width} px`).toMatchObject({ overflow: 0, outside: [] });
      expect(results[width]!.map, `map height at ${width} px`).toBeGreaterThanOrEqual(250);
    }
    await host.close();
  }, 240_000);

  test('the full page never scrolls sideways', async () => {
    const app = await openApp(browser, server, '', { viewport: { width: 1600, height: 900 } });
    const overflow: Record<number, number> = {};
    for (const width of widths) {
      await app.page.setViewportSize({ width, height: 900 });
      await app.page.waitForFunction((w) => innerWidth === w, width);
      await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      overflow[width] = await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    }
    expect(overflow).toEqual(Object.fromEntries(widths.map((w) => [w, 0])));
    await app.close();
  }, 240_000);
});

describe('hostile hosts', () => {
  test('a sandbox="allow-scripts" frame (opaque origin) shows the map with no error', async () => {
    const host = await openPage(browser, `${server.altOrigin}/article.html?sandbox=1`, { width: 1280, height: 800 });
    const frame = await mapFrame(host.page);
    await host.page.locator('iframe[name="map"]').scrollIntoViewIfNeeded();
    await waitForReady(frame, host.errors);
    expect(await frame.evaluate(() => origin)).toBe('null');
    expect(await frame.locator('.maplibregl-canvas').count()).toBe(1);
    expect(await frame.locator('path.flow-arc').count()).toBeGreaterThan(0);
    const h = await settledHeights(host.page, frame);
    expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(3);
    expect(host.errors).toEqual([]);
    await host.close();
  });
});

describe('the "Embed this map" dialog', () => {
  test('gives a snippet for the current view that works pasted into a page on another origin', async () => {
    const app = await openApp(browser, server, `?date=${LAST_DEAL.date}&deal=${LAST_DEAL.id}`);
    await app.page.click('#embed-open');
    await app.page.waitForSelector('#embed-dialog[open]');
    const snippet = await app.page.inputValue('#embed-code');
    expect(snippet).toContain(`?embed=1&amp;date=${LAST_DEAL.date}&amp;deal=${LAST_DEAL.id}`);
    expect(snippet).not.toContain('loading="lazy"');
    expect(snippet).toContain(`height="${FALLBACK_HEIGHT}"`);
    expect(snippet).toMatch(/title="Map: [^"]+"/);
    // The pinned loader (assets/embed.<hash>.js) with its integrity: pasted below, it runs only if the served bytes match.
    expect(snippet).toMatch(
      new RegExp(
        `<script src="${server.origin}/assets/embed\\.[0-9a-f]{10}\\.js" integrity="sha384-[A-Za-z0-9+/]{64}" crossorigin="anonymous" async></script>`,
      ),
    );

    await app.page.click('label:has(#embed-show-controls)');
    expect(await app.page.inputValue('#embed-code')).toContain('controls=0');
    await app.page.click('label:has(#embed-show-controls)');

    await app.page.click('#embed-copy');
    await app.page.waitForFunction(() => document.getElementById('embed-copy-status')?.textContent === 'Copied');
    await app.page.keyboard.press('Escape');
    await app.page.waitForSelector('#embed-dialog', { state: 'detached' });
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('embed-open');
    await app.close();

    // Paste it as a CMS would: markup inserted, the loader script re-created so it runs.
    const host = await openPage(browser, `${server.altOrigin}/paste.html`, { width: 1280, height: 800 });
    await host.page.evaluate((html) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      const slot = document.getElementById('slot')!;
      for (const node of [...t.content.childNodes]) {
        if (node instanceof HTMLScriptElement) {
          const s = document.createElement('script');
          for (const a of node.attributes) s.setAttribute(a.name, a.value);
          slot.append(s);
        } else slot.append(node);
      }
    }, snippet);
    const frame = await mapFrame(host.page);
    await host.page.locator('iframe').scrollIntoViewIfNeeded();
    await waitForReady(frame, host.errors);
    expect(await frame.getAttribute('#event-card', 'data-event-id')).toBe(LAST_DEAL.id);
    const h = await settledHeights(host.page, frame);
    expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(3);
    expect(await frame.getAttribute('.full-map-link', 'href')).toBe(`${server.origin}/index.html?date=${LAST_DEAL.date}&deal=${LAST_DEAL.id}`);
    expect(host.errors).toEqual([]);
    await host.close();
  }, 240_000);
});

describe('screenshots of the embed in a host column', () => {
  test.each([375, 700])('at %i px', async (width) => {
    const { host, frame } = await openArticle(`?w=${width}px&before=120`, { width, height: 1000 });
    const h = await settledHeights(host.page, frame);
    expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(3);
    await host.page.evaluate(() => scrollTo(0, 100));
    await mapAtRest(frame);
    await screenshot(host.page, `embed-host-${width}px`);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await host.close();
  });
});

describe('public/embed-example.html', () => {
  test('embeds the map, sizes it, and its buttons drive it through the host API', async () => {
    const host = await openPage(browser, `${server.origin}/embed-example.html`, { width: 1000, height: 900 });
    await host.page.locator('#map-frame').scrollIntoViewIfNeeded();
    const frame = await mapFrame(host.page);
    await waitForReady(frame, host.errors);
    const first = host.page.locator('#drive button').first();
    const label = (await first.textContent())!;
    const date = label.slice(0, 10);
    await first.click();
    await frame.waitForFunction((d) => new URLSearchParams(location.search).get('date') === d, date);
    expect(await frame.textContent('#timeline-date')).toMatch(/\d+ \w+ \d{4}/);
    const h = await settledHeights(host.page, frame);
    expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(3);
    expect(host.errors).toEqual([]);
    await host.close();
  });
});
