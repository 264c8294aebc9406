// Layout shift while the page loads (Cumulative Layout Shift, a Core Web Vital news sites are
// ranked on): the page's frame has its final size from the first paint, the map's box is
// reserved in CSS and nothing is inserted above the map later. Counted with the browser's own
// layout-shift entries, from navigation until the web fonts are in use and the map is idle.
// On the fixture story (dist-fixture/): its card text is fixed, so the limits below never
// depend on today's wording of the real story.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForReady } from './support/page';
import { useSession } from './support/session';

const session = useSession({ story: 'fixture' });

/** The page's web font, as src/styles/fonts.css declares it (400 and 700). */
const FAMILY = 'Source Sans 3';

/**
 * Resolves once both of the page's Source Sans 3 faces are loaded (document.fonts' own
 * FontFace entries: document.fonts.check() is true for a family nobody declared), and fails
 * at once if one failed to load.
 */
async function fontsLoaded(page: Page): Promise<void> {
  await page.waitForFunction(
    (family) => {
      const faces = [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === family);
      const failed = faces.filter((f) => f.status === 'error');
      if (failed.length) throw new Error(`${family} ${failed.map((f) => f.weight).join(', ')} failed to load`);
      const used = ['400', '700'].map((weight) => faces.find((f) => f.weight === weight));
      return used.every((f) => f?.status === 'loaded');
    },
    FAMILY,
    { timeout: 30_000, polling: 50 },
  );
}

/** The font Chromium really drew a node's text with (DevTools' "Rendered fonts"). */
async function renderedFont(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

/** Resolves once MapLibre has drawn everything it has to draw (its `idle`): labels, fonts and all. */
function mapIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        if (map.loaded() && !map.isMoving()) done();
        else map.once('idle', () => done());
      }),
  );
}

describe.each([
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
])('at $width px', (viewport) => {
  test.each([
    ['the full page', '', 0],
    ['the embed', '?embed=1', 0],
    // Fonts that arrive after the page has drawn: the size-adjusted fallback takes their place.
    ['the full page with its fonts 1.5 s late', '', 1500],
    ['the embed with its fonts 1.5 s late', '?embed=1', 1500],
  ])('%s: layout shift while it loads stays under the limit', async (_, query, fontDelay) => {
    const context = await session.browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    if (fontDelay > 0) {
      await page.route('**/*.woff2', async (route) => {
        await new Promise((r) => setTimeout(r, fontDelay));
        await route.continue();
      });
    }
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number; __shifts: string[]; __clsObserver: PerformanceObserver };
      w.__cls = 0;
      w.__shifts = [];
      const take = (entries: PerformanceEntry[]) => {
        for (const e of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (e.hadRecentInput) continue;
          w.__cls += e.value;
          w.__shifts.push(`${e.value.toFixed(4)} ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.className || s.node?.nodeName).join(', ')}`);
        }
      };
      w.__clsObserver = new PerformanceObserver((list) => take(list.getEntries()));
      w.__clsObserver.observe({ type: 'layout-shift', buffered: true });
      Object.assign(w, { __clsTake: () => take(w.__clsObserver.takeRecords()) });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.origin}/index.html${query}`);
    await waitForReady(page, errors);
    // The end of loading: both web fonts in use (the country names over the map use them
    // too) and the map idle. Then the frame after that, so its layout-shift entries are recorded.
    await fontsLoaded(page);
    await mapIdle(page);
    const { cls, shifts } = await page.evaluate(
      () =>
        new Promise<{ cls: number; shifts: string[] }>((done) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const w = window as unknown as { __cls: number; __shifts: string[]; __clsTake: () => void };
              w.__clsTake();
              done({ cls: w.__cls, shifts: w.__shifts });
            }),
          ),
        ),
    );
    // The web font really is what the text is drawn with in the end (a test of the fallback
    // swapping out, not of its absence): the headline (700) and the card's text (400).
    for (const selector of ['h1', '#event-card p']) {
      const drawn = await renderedFont(page, selector);
      expect(drawn.length, selector).toBeGreaterThan(0);
      for (const name of drawn) expect(name, selector).toMatch(/^Source Sans 3(?! fallback)/);
    }
    console.info(
      `CLS ${query || '(full page)'}${fontDelay ? `, fonts ${fontDelay} ms late` : ''} at ${viewport.width} px: ${cls.toFixed(4)}${shifts.length ? ` (${shifts.join('; ')})` : ''}`,
    );
    // The target, CLS < 0.01, on time and late alike: on time (the fonts are preloaded) nothing
    // moves; 1.5 s late, the size-adjusted fallback holds the layout (0.002 at most on the
    // fixture; with the plain system fallback, 0.11 to 0.26 at 375 px and 0.011 in the 1280 px embed).
    expect(cls, shifts.join('\n')).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await context.close();
  });
});
