// Failures at run time, as a reader would meet them: the story data or the basemap answers
// 404, never answers, or arrives cut short. The page says so in words with a button to try
// again, that button works once the server is fixed, and no promise rejection goes unhandled.
// Without the basemap the story is still told on a plain sea. A lost WebGL context is
// restored or replaced by the SVG map, under the strict CSP, with no error.
// Runs on the fixture story (tests/fixtures/story, built into dist-fixture/). "No answer"
// does not wait out the app's real 15 s: the page's clock is faked and jumped past it.
import { useSession } from './support/session';
import type { Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp';
import { guardedPage, type Guarded } from './support/guard';
import { waitForReady } from './support/page';
import { builtUrlPattern } from './support/builtNames';

const session = useSession({ story: 'fixture', serve: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } } });

/** The app's give-up time for data and basemap (src/data/load.ts, loadBasemap.ts), plus a second. */
const PAST_TIMEOUT_MS = 16_000;

/**
 * Fakes the page's clock (Playwright's clock: setTimeout, Date, rAF, …) so a held request
 * times out when the test says so. AbortSignal.timeout is not faked by Playwright, so it is
 * rebuilt on the faked setTimeout, with the same TimeoutError reason.
 */
async function fakeClock(g: Guarded): Promise<void> {
  await g.context.addInitScript(() => {
    AbortSignal.timeout = (ms: number) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
      return controller.signal;
    };
  });
  await g.page.clock.install();
}

type Failure = '404' | 'truncated' | 'no answer';

interface Broken {
  fix(): Promise<void>;
}

/** Makes `file` (its built, content-hashed copy) fail as `how` until `fix` is called. */
async function breakFile(g: Guarded, file: string, how: Failure): Promise<Broken> {
  const pattern = builtUrlPattern(file);
  const handler = async (route: Route) => {
    if (how === '404') return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    if (how === 'truncated') {
      const real = await route.fetch();
      const body = await real.body();
      return route.fulfill({ response: real, body: body.subarray(0, Math.floor(body.length / 2)) });
    }
    // 'no answer': hold the request until the page gives up on it.
  };
  await g.page.route(pattern, handler);
  return { fix: () => g.page.unroute(pattern, handler) };
}

/** Breaks `file`, opens the page, and for "no answer" jumps the page's clock past the timeout. */
async function openWithBroken(g: Guarded, file: string, how: Failure, query: string): Promise<Broken> {
  if (how === 'no answer') await fakeClock(g);
  const broken = await breakFile(g, file, how);
  await g.page.goto(`${session.server.origin}/index.html${query}`, { waitUntil: 'commit' });
  if (how === 'no answer') {
    // main.ts sets data-state="loading" in the same task that starts both loads and their
    // timers (the index.html preloads ask for the files earlier, before any timer exists).
    await g.page.waitForFunction(() => document.documentElement.dataset.state !== undefined, undefined, { timeout: 30_000 });
    await g.page.clock.fastForward(PAST_TIMEOUT_MS);
  }
  return broken;
}

/**
 * After "Try again" or "Retry": the page is ready and `gone` (the failure's message) is not
 * on it. Not support/page.ts's waitForReady, whose "is this the app?" check reads
 * performance.now(), which the faked clock has already moved past.
 */
async function readyAgain(g: Guarded, gone: string | null): Promise<void> {
  await g.page.waitForFunction((sel) => document.documentElement.dataset.state === 'ready' && (sel === null || document.querySelector(sel) === null), gone, {
    timeout: 60_000,
  });
}

async function settle(g: Guarded): Promise<string> {
  await g.page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), undefined, { timeout: 60_000 });
  return g.page.evaluate(() => document.documentElement.dataset.state ?? '');
}

describe.each<Failure>(['404', 'truncated', 'no answer'])('data/events.json: %s', (how) => {
  test('says which file failed and why, in words, and "Try again" loads the story once it is back', async () => {
    const g = await guardedPage(session.browser);
    try {
      const broken = await openWithBroken(g, 'data/events.json', how, '?date=2025-09-12');
      expect(await settle(g)).toBe('error');
      const alert = (await g.page.locator('[role="alert"]').innerText()).replace(/\s+/g, ' ');
      expect(alert).toContain('The map could not be loaded');
      expect(alert).toMatch(
        how === '404'
          ? /Could not load data\/events\.json: the server answered 404/
          : how === 'truncated'
            ? /Could not read data\/events\.json: it is not valid JSON, perhaps cut short/
            : /Could not load data\/events\.json: no answer within 15 seconds/,
      );
      const before = await g.report();
      expect([before.rejections, before.errors, before.violations]).toEqual([[], [], []]);
      await broken.fix();
      await g.page.getByRole('button', { name: 'Try again' }).click();
      // The error page's data-state is "error" until the story loads again.
      await readyAgain(g, null);
      expect(await g.page.locator('#timeline-date').innerText()).toBe('Friday 12 September 2025');
      const after = await g.report();
      expect([after.rejections, after.errors, after.violations]).toEqual([[], [], []]);
    } finally {
      await g.close();
    }
  }, 120_000);
});

describe.each<Failure>(['404', 'truncated', 'no answer'])('basemap/world.topo.json: %s', (how) => {
  test('tells the story on a plain sea with a notice, and Retry brings the coastlines back', async () => {
    const g = await guardedPage(session.browser);
    try {
      const broken = await openWithBroken(g, 'basemap/world.topo.json', how, '?date=2025-09-12');
      expect(await settle(g)).toBe('ready');
      const notice = g.page.locator('.notice[role="alert"]');
      expect(await notice.innerText()).toMatch(
        new RegExp(
          `The base map \\(coastlines and borders\\) could not be loaded: ${
            how === '404' ? 'the server answered 404' : how === 'truncated' ? 'the file arrived damaged or cut short' : 'the server did not answer in time'
          }\\. The story is shown on a plain background\\.`,
        ),
      );
      // The rest of the story works: the deals in force are drawn, the timeline moves the card.
      const arcs = () => g.page.$$eval('path.flow-arc', (ps) => ps.map((p) => (p as SVGPathElement).dataset.deal).sort());
      expect(await arcs()).toEqual(['fixture-korea', 'fixture-philippines']);
      await g.page.click('#next-event');
      await g.page.waitForSelector('#event-card[data-event-id="fixture-new-zealand"]:not([hidden])');
      expect(await arcs()).toEqual(['fixture-korea', 'fixture-new-zealand', 'fixture-philippines']);
      const before = await g.report();
      expect([before.rejections, before.errors, before.violations]).toEqual([[], [], []]);
      await broken.fix();
      await notice.getByRole('button', { name: 'Retry' }).click();
      await readyAgain(g, '.notice');
      expect(await g.page.locator('.notice').count()).toBe(0);
      // Retry keeps the reader's place: the URL carried the new date through the reload.
      expect(await g.page.locator('#event-card').getAttribute('data-event-id')).toBe('fixture-new-zealand');
      const after = await g.report();
      expect([after.rejections, after.errors, after.violations]).toEqual([[], [], []]);
    } finally {
      await g.close();
    }
  }, 120_000);
});

describe('a lost WebGL context', () => {
  test('is restored or replaced by the SVG map, with no error and no CSP violation', async () => {
    const g = await guardedPage(session.browser);
    try {
      await g.page.goto(`${session.server.origin}/index.html?date=2025-10-15`, { waitUntil: 'commit' });
      await waitForReady(g.page, g.consoleErrors);
      expect(await g.page.getAttribute('#map', 'data-renderer')).toBe('webgl');
      const lost = await g.page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('#map canvas.maplibregl-canvas');
        const gl = canvas?.getContext('webgl2') ?? null;
        const ext = gl?.getExtension('WEBGL_lose_context') ?? null;
        ext?.loseContext();
        return ext !== null;
      });
      expect(lost).toBe(true);
      // The app waits 3 s for a restore before switching (src/renderer/storyMap.ts).
      await g.page.waitForFunction(() => document.querySelector('#map')?.getAttribute('data-renderer') === 'svg', undefined, { timeout: 30_000 });
      expect(await g.page.$$eval('path.flow-arc', (ps) => ps.length)).toBe(3);
      // The story still moves on the new map: back one event from the last.
      await g.page.focus('#timeline');
      await g.page.keyboard.press('PageDown');
      await g.page.waitForSelector('#event-card[data-event-id="fixture-controls-sep"]:not([hidden])', { timeout: 15_000 });
      expect(await g.page.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
      const r = await g.report();
      expect([r.rejections, r.errors, r.violations]).toEqual([[], [], []]);
      expect(g.consoleErrors).toEqual([]);
    } finally {
      await g.close();
    }
  }, 120_000);
});
