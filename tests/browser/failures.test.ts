// Failures at run time, as a reader would meet them: the story data or the basemap answers
// 404, never answers, or arrives cut short. The page says so in words with a button to try
// again, that button works once the server is fixed, and no promise rejection goes unhandled.
// Without the basemap the story is still told on a plain sea. A lost WebGL context is
// restored or replaced by the SVG map, under the strict CSP, with no error.
import { useSession } from './support/session';
import type { Browser, Route } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp';
import { guardedPage, type Guarded } from './support/guard';
import { waitForReady } from './support/page';
import { builtUrlPattern } from './support/builtNames';

const session = useSession({ serve: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } } });

type Failure = '404' | 'truncated' | 'no answer';

/** Makes `file` (its built, content-hashed copy) fail as `how` until the returned function is called. */
async function breakFile(g: Guarded, file: string, how: Failure): Promise<() => Promise<void>> {
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
  return () => g.page.unroute(pattern, handler);
}

async function settle(g: Guarded): Promise<string> {
  await g.page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), undefined, { timeout: 60_000 });
  return g.page.evaluate(() => document.documentElement.dataset.state ?? '');
}

describe.each<Failure>(['404', 'truncated', 'no answer'])('data/events.json: %s', (how) => {
  test('says which file failed and why, in words, and "Try again" loads the story once it is back', async () => {
    const g = await guardedPage(session.browser);
    try {
      const fix = await breakFile(g, 'data/events.json', how);
      await g.page.goto(`${session.server.origin}/index.html?date=2025-10-27`, { waitUntil: 'commit' });
      expect(await settle(g)).toBe('error');
      const alert = (await g.page.locator('[role="alert"]').innerText()).replace(/\s+/g, ' ');
      expect(alert).toContain('The map could not be loaded');
      expect(alert).toMatch(
        how === '404' ? /Could not load data\/events\.json: the server answered 404/
          : how === 'truncated' ? /Could not read data\/events\.json: it is not valid JSON, perhaps cut short/
            : /Could not load data\/events\.json: no answer within 15 seconds/,
      );
      const before = await g.report();
      expect([before.rejections, before.errors, before.violations]).toEqual([[], [], []]);
      await fix();
      await g.page.getByRole('button', { name: 'Try again' }).click();
      await waitForReady(g.page, g.consoleErrors);
      expect(await g.page.locator('#timeline-date').innerText()).toBe('Monday 27 October 2025');
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
      const fix = await breakFile(g, 'basemap/world.topo.json', how);
      await g.page.goto(`${session.server.origin}/index.html?date=2025-10-27`, { waitUntil: 'commit' });
      expect(await settle(g)).toBe('ready');
      const notice = g.page.locator('.notice[role="alert"]');
      expect(await notice.innerText()).toMatch(
        new RegExp(`The base map \\(coastlines and borders\\) could not be loaded: ${
          how === '404' ? 'the server answered 404' : how === 'truncated' ? 'the file arrived damaged or cut short' : 'the server did not answer in time'
        }\\. The story is shown on a plain background\\.`),
      );
      // The rest of the story works: the deals in force are drawn, the timeline moves the card.
      const arcs = () => g.page.$$eval('path.flow-arc', (ps) => ps.map((p) => (p as SVGPathElement).dataset.deal).sort());
      expect(await arcs()).toEqual(['us-australia', 'us-malaysia', 'us-thailand']);
      await g.page.click('#next-event');
      await g.page.waitForSelector('#event-card[data-event-id="us-japan"]:not([hidden])');
      expect(await arcs()).toEqual(['us-australia', 'us-japan', 'us-malaysia', 'us-thailand']);
      const before = await g.report();
      expect([before.rejections, before.errors, before.violations]).toEqual([[], [], []]);
      await fix();
      await notice.getByRole('button', { name: 'Retry' }).click();
      await waitForReady(g.page, g.consoleErrors);
      expect(await g.page.locator('.notice').count()).toBe(0);
      // Retry keeps the reader's place: the URL carried the new date through the reload.
      expect(await g.page.locator('#event-card').getAttribute('data-event-id')).toBe('us-japan');
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
      await g.page.goto(`${session.server.origin}/index.html?date=2025-11-07`, { waitUntil: 'commit' });
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
      expect(await g.page.$$eval('path.flow-arc', (ps) => ps.length)).toBe(4);
      // The story still moves on the new map: back one event from the last.
      await g.page.focus('#timeline');
      await g.page.keyboard.press('PageDown');
      await g.page.waitForSelector('#event-card[data-event-id="wh-china-fact-sheet"]:not([hidden])', { timeout: 15_000 });
      expect(await g.page.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
      const r = await g.report();
      expect([r.rejections, r.errors, r.violations]).toEqual([[], [], []]);
      expect(g.consoleErrors).toEqual([]);
    } finally {
      await g.close();
    }
  }, 120_000);
});
