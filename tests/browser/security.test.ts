// What a newsroom's security and privacy review checks, on the built page served with the
// same Content-Security-Policy header `npm start` sends: no CSP violation, no request to any
// other origin, no cookie or storage, no script or promise error, full page and embed.
import { useSession } from './support/session';
import { readStoryData } from '../support/storyData';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp';
import { foreignUrls, guardedPage, type Guarded } from './support/guard';
import { waitForReady } from './support/page';

const session = useSession({ serve: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } } });

/** Opens the app and uses everything a reader can: so anything lazy is loaded and run. */
async function openAndUse(query: string): Promise<Guarded> {
  const g = await guardedPage(session.browser);
  const response = await g.page.goto(`${session.server.origin}/index.html${query}`, { waitUntil: 'load' });
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await waitForReady(g.page, g.consoleErrors);
  const { page } = g;
  await page.focus('#timeline');
  await page.keyboard.press('Home');
  await page.keyboard.press('End');
  for (let i = 0; i < 3; i++) await page.click('#prev-event');
  await page.click('#play');
  await page.waitForTimeout(1200);
  await page.click('#play');
  // Each of these is there on the full page and in the embed: a missing one fails here,
  // rather than leaving its code unloaded and unchecked.
  const marker = page.locator('.partner-marker[data-deal]').first();
  // The marker may sit under the card at this size; a reader would reach it by keyboard.
  await marker.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'event-card-title');
  await page.click('#show-table');
  await page.waitForSelector('#table-region table', { timeout: 10_000 });
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, -200);
  await page.waitForTimeout(500);
  return g;
}

describe.each([
  ['the full page', ''],
  ['the embed', '?embed=1'],
])('%s under the strict CSP', (_name, query) => {
  let g: Guarded;
  beforeAll(async () => {
    g = await openAndUse(query);
  });
  afterAll(async () => {
    await g?.close();
  });

  test('runs with no CSP violation, no script error and no unhandled rejection', async () => {
    const r = await g.report();
    expect(r.violations).toEqual([]);
    expect(g.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.rejections).toEqual([]);
    expect(g.consoleErrors).toEqual([]);
  });

  test('has its map drawn by MapLibre in a worker from its own origin', async () => {
    expect(await g.page.locator('#map canvas').count()).toBeGreaterThan(0);
    expect(g.requests.some((u) => /\/assets\/maplibre-gl-worker-[^/]*\.mjs/.test(u) && u.startsWith(session.server.origin))).toBe(true);
  });

  test('requests nothing from any other origin, and preconnects nowhere', async () => {
    expect(g.requests.length).toBeGreaterThan(5);
    expect(foreignUrls(g.requests, session.server.origin)).toEqual([]);
    const seen = await g.page.evaluate(() => ({
      resources: performance.getEntriesByType('resource').map((e) => e.name),
      // What the document itself loads (not <a> links, which are only followed on a click).
      loads: [...document.querySelectorAll('link[href], [src], object[data], image[href]')]
        .flatMap((el) => ['href', 'src', 'data'].map((a) => el.getAttribute(a)))
        .filter((v): v is string => v !== null)
        .map((v) => new URL(v, document.baseURI).href),
      hints: [...document.querySelectorAll('link[rel~="preconnect"], link[rel~="dns-prefetch"], link[rel~="prefetch"], link[rel~="prerender"]')].length,
      serviceWorker: navigator.serviceWorker?.controller ?? null,
    }));
    expect(foreignUrls(seen.resources, session.server.origin)).toEqual([]);
    expect(seen.hints).toBe(0);
    expect(seen.serviceWorker).toBeNull();
    expect(g.context.serviceWorkers()).toEqual([]);
    expect(foreignUrls(seen.loads, session.server.origin)).toEqual([]);
  });

  test('sets no cookie and never touches localStorage, sessionStorage, IndexedDB or Cache Storage', async () => {
    const r = await g.report();
    expect(r.storage).toEqual([]);
    expect(await g.context.cookies()).toEqual([]);
    expect(await g.page.evaluate(() => document.cookie)).toBe('');
  });

  test('the policy is in force: inline script, string timers and style attributes are refused (a check on the check)', async () => {
    const ran = await g.page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      // A string handed to setTimeout is eval by another name.
      (setTimeout as (code: string, ms: number) => number)('window.__stringTimerRan = true', 0);
      document.body.setAttribute('style', 'outline: 1px solid red');
      await new Promise((ok) => setTimeout(ok, 100));
      const outline = getComputedStyle(document.body).outlineStyle;
      script.remove();
      document.body.removeAttribute('style');
      return { inline: w.__inlineRan === true, timer: w.__stringTimerRan === true, styled: outline === 'solid' };
    });
    expect(ran).toEqual({ inline: false, timer: false, styled: false });
    // Each is reported twice: once by the header's policy, once by the <meta>'s. Both are in force.
    await g.page.waitForFunction(() => window.__guard.violations.length >= 6, undefined, { timeout: 5000 });
    const directives = (await g.report()).violations.map((v) => v.split(' ')[0]).sort();
    expect(directives).toEqual(['script-src', 'script-src', 'script-src-elem', 'script-src-elem', 'style-src-attr', 'style-src-attr']);
  });
});

describe('external links', () => {
  test('are https, open in a new tab, and hand the other site neither opener nor referrer', async () => {
    const g = await openAndUse(`?date=${readStoryData().events.at(-1)!.date}`);
    const links = await g.page.$$eval('a[href]', (as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })),
    );
    await g.close();
    const external = links.filter((l) => !l.href.startsWith('#') && new URL(l.href, 'http://x/').host !== 'x');
    expect(external.length).toBeGreaterThan(0);
    for (const l of external) {
      expect(l.href, l.href).toMatch(/^https:\/\//);
      expect(l.target, l.href).toBe('_blank');
      expect(l.rel.split(/\s+/), l.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
    }
  }, 120_000);
});
