// The newsroom's tools around the embed, each on a host page of another origin (the pages on
// 127.0.0.1, the map on localhost), on the real story (expected values read from data/):
// - scrolly.html driven through every step at 375 px (reduced motion) and 1,280 px;
// - the events the frame posts to its host on a reader's actions, and not on the host's;
// - the oEmbed code as WordPress rewrites it (sandboxed, no script, no style) in a post;
// - the snippet's pinned loader, whose integrity is checked against the bytes served.
// One browser, four page loads.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test, vi } from 'vitest';
import { oembedResponse } from '../../src/build/oembed';
import { FALLBACK_HEIGHT } from '../../src/embed/embedSnippet';
import { formatLongDate } from '../../src/time/dates';
import { readStoryData } from '../support/storyData';
import { axe, report } from './support/axe';
import { arcEnds, distance, settled, type Point } from './support/dom';
import { openApp, openPage, screenshot, waitForReady } from './support/page';
import { DIST_DIR, type Origins } from './support/server';
import { useSession } from './support/session';
import { embedBlock, kses, wpFilterOembedResult } from './support/wordpress';

vi.setConfig({ testTimeout: 240_000 });

const data = readStoryData();
// scrolly.html's steps: every event, in date order (same-day events in file order).
const STEPS = [...data.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
const DEALS = data.events.filter((e) => e.deal);

// scrolly.html as built, served from the host's origin; <base> points its relative URLs
// (scrolly.css, scrolly.js, the map's frame) at the map's origin, as a newsroom's copy would.
const scrollyHost = ({ origin }: Origins) => readFileSync(path.join(DIST_DIR, 'scrolly.html'), 'utf8').replace('<head>', `<head>\n<base href="${origin}/">`);

// An article that embeds the map with the snippet's iframe and records every message it gets.
const eventsHost = ({ origin }: Origins) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host article</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 18px/1.5 Georgia, serif; } main { width: 700px; margin: 0 auto; } iframe { border: 0; width: 100%; display: block; }</style>
<script>window.__messages = []; addEventListener('message', function (e) { __messages.push({ origin: e.origin, data: e.data }); });</script>
</head><body><main><p>Text before the map.</p>
<iframe data-critical-minerals-map src="${origin}/?embed=1" title="Map" height="${FALLBACK_HEIGHT}"></iframe>
<p>Text after the map.</p></main></body></html>`;

// A WordPress post (Twenty Twenty-Four's column and its rule for embeds) with the oEmbed
// code as WordPress prints it for a provider it discovered.
const wordpressHost = ({ origin }: Origins) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A WordPress post</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 0; font: 18px/1.6 Georgia, serif; } .entry-content { max-width: 640px; margin: 0 auto; padding: 0 16px; }
.wp-block-embed { margin: 0 0 1.5em; } .wp-block-embed iframe { max-width: 100%; }</style>
</head><body><article class="entry-content"><p>The post’s first paragraph.</p>
${embedBlock(wpFilterOembedResult(oembedResponse(data.story, `${origin}/`).html), 'localhost')}
<p>The post goes on.</p></article></body></html>`;

const session = useSession({
  serve: {
    // SRI and an opaque-origin frame both fetch with CORS: the host must allow it (README).
    headers: { 'Access-Control-Allow-Origin': '*' },
    routes: { '/scrolly-host.html': scrollyHost, '/events-host.html': eventsHost, '/wordpress.html': wordpressHost },
  },
});

async function mapFrame(page: Page): Promise<Frame> {
  for (let i = 0; i < 200; i++) {
    const frame = page.frames().find((f) => f.url().startsWith(session.server.origin) && f.url().includes('embed=1'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error('no map frame');
}

/** The frame's view as its own address says it (written once the view rests). */
function waitForView(frame: Frame, date: string, deal: string | null): Promise<unknown> {
  return frame.waitForFunction(
    ([d, id]) => {
      const q = new URLSearchParams(location.search);
      return q.get('date') === d && q.get('deal') === id;
    },
    [date, deal] as const,
    { timeout: 20_000 },
  );
}

describe('scrolly.html on a host page', () => {
  /** Scrolls step i's top to just above the middle line, as a reader reaching it does. */
  const reach = (page: Page, i: number) =>
    page.evaluate((n) => {
      const step = document.querySelectorAll('[data-map-step]')[n]!;
      scrollBy(0, step.getBoundingClientRect().top - innerHeight / 2 + 12);
    }, i);
  /** Where Washington's end of a deal line is drawn: it moves whenever the camera does. */
  const washington = (frame: Frame) => arcEnds(frame, DEALS[0]!.id).then((ends) => ends.start);
  /** Reaches step i and returns how far from its final place the camera first drew the line. */
  async function reachAndMeasure(page: Page, frame: Frame, i: number): Promise<number> {
    const before = await washington(frame);
    await reach(page, i);
    await frame.waitForFunction(
      ([id, b]) => {
        const path = document.querySelector<SVGPathElement>(`path.flow-arc[data-deal="${id}"]`);
        const ctm = path?.getScreenCTM();
        if (!path || !ctm) return false;
        const p = new DOMPoint(path.getPointAtLength(0).x, path.getPointAtLength(0).y).matrixTransform(ctm);
        return Math.hypot(p.x - b.x, p.y - b.y) > 5;
      },
      [DEALS[0]!.id, before] as [string, Point],
      { polling: 10, timeout: 20_000 },
    );
    const first = await washington(frame);
    const last = await settled(frame, () => washington(frame));
    return distance(first, last);
  }

  test('every step sets the map’s date and open card, at 375 px under reduced motion and at 1,280 px, and none is announced', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.altOrigin}/scrolly-host.html`);
    const frame = await mapFrame(page);
    await waitForReady(frame, errors);
    expect(await page.locator('[data-map-step]').count()).toBe(STEPS.length);

    // Phone: the map is stuck to the top, half the screen; down the story, step by step.
    const jumpAt = STEPS.findIndex((e, i) => i > 0 && e.deal && STEPS[i - 1]!.date >= DEALS[0]!.date);
    for (const [i, step] of STEPS.entries()) {
      if (i === jumpAt) {
        // Reduced motion: where the camera first draws the line is where it stays.
        expect(await reachAndMeasure(page, frame, i), 'a jump, not a flight').toBeLessThan(1);
      } else await reach(page, i);
      await waitForView(frame, step.date, step.id);
      expect(await page.locator('[data-map-active]').getAttribute('data-map-step')).toBe(step.id);
      expect(await frame.getAttribute('#event-card', 'data-event-id')).toBe(step.id);
    }
    const phone = await page.evaluate(() => {
      const r = document.querySelector('.scrolly-map')!.getBoundingClientRect();
      return { top: r.top, height: r.height, share: r.height / innerHeight };
    });
    expect(phone.top).toBe(0);
    expect(phone.share).toBeGreaterThanOrEqual(0.45);
    expect(phone.share).toBeLessThanOrEqual(0.55);
    expect(await frame.evaluate(() => document.getElementById('map')!.getBoundingClientRect().height)).toBeGreaterThanOrEqual(200);

    // Desktop: the map beside the text. A jump from the top to the last step lands on it;
    // then back up the story, step by step, the camera flying.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.evaluate(() => scrollTo(0, 0));
    const last = STEPS.length - 1;
    await reach(page, last);
    await waitForView(frame, STEPS[last]!.date, STEPS[last]!.id);
    const desktop = await page.evaluate(() => {
      const map = document.querySelector('.scrolly-map')!.getBoundingClientRect();
      const text = document.querySelector('[data-map-active]')!.getBoundingClientRect();
      return { beside: map.left >= text.right, top: map.top, height: map.height - innerHeight };
    });
    expect(desktop).toEqual({ beside: true, top: 0, height: 0 });
    for (let i = last - 1; i >= 0; i--) {
      if (i === jumpAt - 1) expect(await reachAndMeasure(page, frame, i), 'a flight').toBeGreaterThan(20);
      else await reach(page, i);
      await waitForView(frame, STEPS[i]!.date, STEPS[i]!.id);
      expect(await frame.getAttribute('#event-card', 'data-event-id')).toBe(STEPS[i]!.id);
    }

    // The article said every step: the frame's live region never spoke, while its
    // description of the map (for a reader who goes to it) follows the date.
    expect(await frame.textContent('[role="status"]')).toBe('');
    expect(await frame.textContent('#map-summary')).toContain(formatLongDate(STEPS[0]!.date));
    // Nothing in the frame fits badly or scrolls: its height is the page's.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
    // The example article itself passes axe (WCAG 2.2 A and AA).
    const { violations } = await axe(page);
    expect(violations, report('scrolly.html', violations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('host events', () => {
  test('the reader’s actions reach the host page on another origin, versioned; the host’s own set is not echoed', async () => {
    const host = await openPage(session.browser, `${session.server.altOrigin}/events-host.html`, { width: 1000, height: 900 });
    const frame = await mapFrame(host.page);
    await host.page.locator('iframe').scrollIntoViewIfNeeded();
    await waitForReady(frame, host.errors);
    type Message = { origin: string; data: { type?: string; version?: number; name?: string; date?: string; deal?: string | null; file?: string } };
    const events = () =>
      host.page
        .evaluate(() => (window as unknown as { __messages: Message[] }).__messages)
        .then((all) => all.filter((m) => m.data?.type === 'critical-minerals-map:event'));
    const waitForEvents = (n: number) =>
      host.page.waitForFunction(
        (count) => (window as unknown as { __messages: Message[] }).__messages.filter((m) => m.data?.type === 'critical-minerals-map:event').length >= count,
        n,
        { timeout: 20_000 },
      );

    await waitForEvents(1); // ready
    // The host moves the map: no event may come of it (a host that answered would loop).
    const hostDeal = DEALS.at(-1)!;
    await host.page.evaluate(
      ([o, id]) => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'critical-minerals-map:set', event: id }, o!),
      [session.server.origin, hostDeal.id],
    );
    await waitForView(frame, hostDeal.date, hostDeal.id);

    // The reader: the previous event, play, pause, the data as CSV.
    await frame.click('#prev-event');
    await waitForEvents(3); // select, then the date at rest
    await frame.click('#play');
    await waitForEvents(4);
    const before = await frame.inputValue('#timeline');
    await frame.waitForFunction((v) => (document.getElementById('timeline') as HTMLInputElement).value !== v, before);
    await frame.click('#play');
    await waitForEvents(6); // pause, then the date at rest
    await frame.click('a.csv-link[data-csv="events"]');
    await waitForEvents(7);

    const got = await events();
    expect(got.map((m) => m.data.name)).toEqual(['ready', 'select', 'date', 'play', 'pause', 'date', 'download']);
    expect(new Set(got.map((m) => m.origin))).toEqual(new Set([session.server.origin]));
    expect(new Set(got.map((m) => m.data.version))).toEqual(new Set([1]));
    const [, select, date, , pause, rested, download] = got.map((m) => m.data);
    // What the reader opened is the event before the host's; its date came to rest there.
    const previous = STEPS[STEPS.findIndex((e) => e.id === hostDeal.id) - 1]!;
    expect(select).toMatchObject({ deal: previous.id, date: previous.date });
    expect(date).toMatchObject({ name: 'date', date: previous.date });
    // Playback moved the date on; where it paused is where the date rested.
    expect(pause!.date! > previous.date).toBe(true);
    expect(rested!.date).toBe(pause!.date);
    expect(download).toMatchObject({ file: 'critical-minerals-events.csv' });
    // The host's own event was never reported as selected.
    expect(got.some((m) => m.data.name === 'select' && m.data.deal === hostDeal.id)).toBe(false);
    expect(host.errors).toEqual([]);
    await host.close();
  });
});

describe('oEmbed in WordPress', () => {
  test('WordPress’s rewrite matches its own tests: one iframe, allowed attributes only, sandboxed', () => {
    // From WordPress's tests/phpunit/tests/oembed/filterResult.php.
    expect(wpFilterOembedResult('<p></p><iframe onload="alert(1)" src="http://example.com/sample-page/"></iframe>', 'abcdefghij')).toBe(
      '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="http://example.com/sample-page/#?secret=abcdefghij" data-secret="abcdefghij"></iframe>',
    );
    expect(wpFilterOembedResult('<div><iframe></iframe><iframe></iframe><p></p></div>')).toBe(
      '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"></iframe>',
    );
    expect(wpFilterOembedResult('<blockquote class="foo" id="bar"><strong><a href="" target=""></a></strong></blockquote><iframe></iframe>')).toBe(
      '<blockquote class="wp-embedded-content"><a href=""></a></blockquote><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"></iframe>',
    );
    expect(kses('<iframe src="x" style="height:9px" data-x="1" onload="y"></iframe><script>z()</script>', { iframe: ['src'] })).toBe(
      '<iframe src="x"></iframe>z()',
    );
  });

  test('the map renders, works and fits the height WordPress gives its sandboxed frame, in the column and on a phone', async () => {
    const host = await openPage(session.browser, `${session.server.altOrigin}/wordpress.html`, { width: 1280, height: 900 });
    const iframe = host.page.locator('iframe');
    expect(await iframe.evaluate((f) => [...f.attributes].map((a) => a.name).sort())).toEqual(
      ['class', 'data-secret', 'frameborder', 'height', 'sandbox', 'security', 'src', 'title', 'width'].sort(),
    );
    expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
    const frame = await mapFrame(host.page);
    await waitForReady(frame, host.errors);
    expect(await frame.evaluate(() => origin)).toBe('null');
    expect(await frame.locator('path.flow-arc').count()).toBeGreaterThan(0);

    // Its height: the attribute's, nothing cut off and nothing to scroll, the map the most of it.
    const fits = () =>
      frame.evaluate(() => ({
        frame: innerHeight,
        width: innerWidth,
        overflow: document.documentElement.scrollHeight - innerHeight,
        creditsBottom: document.querySelector('.credits')!.getBoundingClientRect().bottom,
        map: document.getElementById('map')!.getBoundingClientRect().height,
      }));
    const column = await fits();
    expect(column).toMatchObject({ frame: FALLBACK_HEIGHT, width: 640 });
    expect(column.overflow).toBeLessThanOrEqual(0);
    expect(column.creditsBottom).toBeLessThanOrEqual(column.frame);
    expect(column.map).toBeGreaterThanOrEqual(column.frame * 0.45);

    // It works: the next event opens its card.
    const card = await frame.getAttribute('#event-card', 'data-event-id');
    await frame.click('#next-event');
    await frame.waitForFunction((id) => document.getElementById('event-card')!.dataset.eventId !== id, card);

    // On a phone the theme narrows the frame and keeps its height: the map gives way.
    await host.page.setViewportSize({ width: 375, height: 800 });
    await frame.waitForFunction(() => innerWidth < 375);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const phone = await fits();
    expect(phone.frame).toBe(FALLBACK_HEIGHT);
    expect(phone.overflow).toBeLessThanOrEqual(0);
    expect(phone.creditsBottom).toBeLessThanOrEqual(phone.frame);
    expect(phone.map).toBeGreaterThanOrEqual(250);
    await screenshot(host.page, 'oembed-wordpress-375px');
    expect(host.errors).toEqual([]);
    await host.close();
  });
});

describe('the snippet’s pinned loader', () => {
  test('its integrity is the sha384 of the bytes served, which are embed.js’s; the dialog also gives AMP code', async () => {
    const app = await openApp(session.browser, session.server);
    await app.page.click('#embed-open');
    await app.page.waitForSelector('#embed-dialog[open]');
    const snippet = await app.page.inputValue('#embed-code');
    const script = /<script src="([^"]+)" integrity="(sha384-[^"]+)" crossorigin="anonymous" async><\/script>/.exec(snippet);
    expect(script, snippet).not.toBeNull();
    const [, src, integrity] = script!;
    expect(src).toMatch(new RegExp(`^${session.server.origin}/assets/embed\\.[0-9a-f]{10}\\.js$`));
    const served = Buffer.from(await (await fetch(src!)).arrayBuffer());
    expect(integrity).toBe(`sha384-${createHash('sha384').update(served).digest('base64')}`);
    // The evergreen name serves the same loader, for pages that already load it.
    expect(Buffer.from(await (await fetch(`${session.server.origin}/embed.js`)).arrayBuffer()).equals(served)).toBe(true);

    await app.page.click('label:has(#embed-format-amp)');
    const amp = await app.page.evaluate(() => {
      const code = (document.getElementById('embed-code') as HTMLTextAreaElement).value;
      const el = new DOMParser().parseFromString(code, 'text/html').body.firstElementChild!;
      return {
        tag: el.tagName.toLowerCase(),
        resizable: el.hasAttribute('resizable'),
        sandbox: el.getAttribute('sandbox'),
        overflow: !!el.querySelector(':scope > [overflow]'),
        placeholder: el.querySelector(':scope > amp-img[placeholder]')?.getAttribute('src') ?? null,
      };
    });
    expect(amp).toEqual({
      tag: 'amp-iframe',
      resizable: true,
      sandbox: 'allow-scripts allow-same-origin',
      overflow: true,
      placeholder: `${session.server.origin}/embed-fallback.png`,
    });
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
