// Sharing, in real Chromium against the built dist/: "Download image" (PNG and SVG of the
// current view, on the page and in the embed dialog, under the page's strict CSP), the
// printed page, and the embed snippet's still-image fallback where iframes are stripped.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { embedSnippet } from '../../src/embed/embedSnippet';
import { ARTIFACTS_DIR, openApp, openPage, waitForReady } from './support/page';
import { useSession } from './support/session';
import { readStoryData } from '../support/storyData';

// The real story (its still images are built from data/); dates, ids and texts read from data/.
const { story, events } = readStoryData();
const DEALS = events.filter((e) => e.deal);
const LAST_DEAL = DEALS.at(-1)!;
const FIRST_DEAL = DEALS[0]!;
const DAY = story.defaultDate;

const snippetFor = (origin: string) =>
  embedSnippet({ pageUrl: `${origin}/index.html`, date: DAY, deal: null, title: 'Map: deals', showTitle: true, showControls: true });
const session = useSession({
  serve: {
    routes: {
      // The snippet pasted whole, and as a sanitizer leaves it when it strips iframes and scripts.
      '/whole.html': ({ origin }) =>
        `<!doctype html><html lang="en"><title>Article</title><body><p>Before.</p>${snippetFor(origin)}<p>After.</p></body></html>`,
      '/stripped.html': ({ origin }) =>
        `<!doctype html><html lang="en"><title>Article</title><body><p>Before.</p>${snippetFor(origin)
          .split('\n')
          .filter((l) => !/^<(iframe|script)/.test(l))
          .join('\n')}<p>After.</p></body></html>`,
    },
  },
});

/** Clicks `selector`, waits for the download and returns its name and bytes (also saved under tests/artifacts/). */
async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click(selector)]);
  const name = file.suggestedFilename();
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = `${ARTIFACTS_DIR}download-${name}`;
  await file.saveAs(path);
  return { name, bytes: await readFile(path) };
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('Download image', () => {
  test('PNG of the current view: named after the date and the deal, 1,600 px wide, no CSP error', async () => {
    const app = await openApp(session.browser, session.server, `?date=${LAST_DEAL.date}&deal=${LAST_DEAL.id}`);
    const { name, bytes } = await download(app.page, '#download-png');
    expect(name).toBe(`critical-minerals-map-${LAST_DEAL.date}-${LAST_DEAL.id}.png`);
    expect(pngSize(bytes)).toEqual({ width: 1600, height: 1200 });
    // A PNG of text and a map is far from blank: a few tens of kilobytes at least.
    expect(bytes.length).toBeGreaterThan(50_000);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('SVG of the current view parses and carries the headline and the credits', async () => {
    const app = await openApp(session.browser, session.server, `?date=${DAY}`);
    const { name, bytes } = await download(app.page, '#download-svg');
    expect(name).toBe(`critical-minerals-map-${DAY}.svg`);
    const parsed = await app.page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, text: doc.documentElement.textContent ?? '' };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.text.replace(/\s+/g, ' ')).toContain(story.headline);
    expect(parsed.text.replace(/\s+/g, ' ')).toContain(story.credits.split(' ').slice(0, 8).join(' '));
    expect(bytes.toString('utf8')).toContain('data:font/woff2;base64,');
    await app.close();
  });

  test('the embed dialog downloads the same view', async () => {
    const app = await openApp(session.browser, session.server, `?date=${FIRST_DEAL.date}&deal=${FIRST_DEAL.id}`);
    await app.page.click('#embed-open');
    await app.page.waitForSelector('#embed-dialog[open]');
    const { name, bytes } = await download(app.page, '#embed-download-png');
    expect(name).toBe(`critical-minerals-map-${FIRST_DEAL.date}-${FIRST_DEAL.id}.png`);
    expect(pngSize(bytes).width).toBe(1600);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('print', () => {
  test('prints the still map, the open card and the table, without controls, on A4 and Letter', async () => {
    const app = await openApp(session.browser, session.server, `?date=${LAST_DEAL.date}&deal=${LAST_DEAL.id}`);
    await app.page.emulateMedia({ media: 'print' });
    await app.page.waitForSelector('.print-still svg .partner-marker', { timeout: 20_000 });
    await app.page.waitForSelector('#table-region table', { timeout: 20_000 });
    const shown = await app.page.evaluate(() => {
      const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && (el as HTMLElement).getClientRects().length > 0;
      return {
        still: visible(document.querySelector('.print-still svg')),
        map: visible(document.getElementById('map')),
        card: visible(document.getElementById('event-card')),
        table: visible(document.querySelector('#table-region table')),
        // The table's event titles are link-style buttons: content, printed as text.
        buttons: [...document.querySelectorAll('button:not(.link-button), input[type=range]')].filter(visible).map((b) => b.id || b.className),
      };
    });
    expect(shown).toEqual({ still: true, map: false, card: true, table: true, buttons: [] });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await app.page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await writeFile(`${ARTIFACTS_DIR}print-${format}.pdf`, pdf);
    }
    await app.page.emulateMedia({ media: 'screen' });
    await app.page.waitForFunction(() => document.querySelector('.print-still')?.childElementCount === 0);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('the embed snippet’s still image', () => {
  test('is never rendered where scripts run: no second picture, nothing to hide later', async () => {
    const host = await openPage(session.browser, `${session.server.altOrigin}/whole.html`);
    const frame = host.page.frames().find((f) => f !== host.page.mainFrame())!;
    await waitForReady(frame, host.errors);
    expect(await host.page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await host.page.evaluate(() => document.querySelector('noscript')?.textContent)).toContain('embed-fallback.png');
    await host.close();
  });

  test('shows, linked to the full map, in a reader that runs no script and strips iframes', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.altOrigin}/stripped.html`);
    const img = page.locator('[data-critical-minerals-map-fallback] img');
    await img.waitFor({ state: 'visible' });
    // With scripts off, page.evaluate still runs (DevTools), the page's own scripts do not.
    const found = await img.evaluate(async (el: HTMLImageElement) => {
      await el.decode();
      return { width: el.naturalWidth, href: el.closest('a')!.href };
    });
    expect(found.width).toBe(640);
    expect(found.href).toBe(`${session.server.origin}/index.html?date=${DAY}`);
    await context.close();
  });
});
