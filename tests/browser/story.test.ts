// The core story map, driven as a reader would: URL in, what is drawn and shown out.
// A smoke test of the real story (dist/): dates, ids and titles are read from data/, so a
// new deal or a corrected date changes the expected values, never this file.
import { useSession } from './support/session';
import { afterAll, describe, expect, test } from 'vitest';
import { addDays } from '../../src/time/dates';
import { readStoryData } from '../support/storyData';
import { drawnDeals } from './support/dom';
import { openApp, waitForQuietNetwork, type OpenedPage } from './support/page';

const { events } = readStoryData();
const DEALS = events.filter((e) => e.deal);
const FIRST_DEAL = DEALS[0]!;
const LAST_DEAL = DEALS.at(-1)!;
const LAST_DAY = events.at(-1)!.date;
/** Deal ids signed on or before `date`, sorted as drawnDeals returns them. */
const inForceOn = (date: string) =>
  DEALS.filter((e) => e.date <= date)
    .map((e) => e.id)
    .sort();
/** The day before the last deal is signed: some deals drawn, not all. */
const BEFORE_LAST_DEAL = addDays(LAST_DEAL.date, -1);

const session = useSession();

/** What the reader sees at first: the slider, the date, the card, the arcs drawn. */
const view = (app: OpenedPage) =>
  app.page.evaluate(() => ({
    slider: (document.querySelector('#timeline') as HTMLInputElement).value,
    date: document.querySelector('#timeline-date')?.textContent?.trim(),
    cardHidden: document.querySelector('#event-card')?.hasAttribute('hidden'),
    arcs: [...document.querySelectorAll<SVGPathElement>('path.flow-arc')].map((p) => p.dataset.deal).sort(),
  }));

/**
 * The default URL, loaded once for the tests that read it (SwiftShader makes each load
 * cost seconds); its first view is read straight after the load, before any test moves it.
 */
let home: Promise<{ app: OpenedPage; first: Awaited<ReturnType<typeof view>> }> | undefined;
const openHome = () => (home ??= openApp(session.browser, session.server).then(async (app) => ({ app, first: await view(app) })));
afterAll(async () => {
  await (await home)?.app.close();
});

/** Console warnings and errors, as "type: text". */
const noise = (app: OpenedPage) => app.console.filter((m) => m.type === 'warning' || m.type === 'error').map((m) => `${m.type}: ${m.text}`);

/** The code split off the first view: fetched when the browser is idle (table, print still) or on a click (embed dialog). */
const LAZY_CHUNKS = [/\/assets\/table-[\w-]+\.js$/, /\/assets\/renderStill-[\w-]+\.js$/, /\/assets\/embedDialog-[\w-]+\.js$/];

describe('the story map at its default URL', () => {
  test('loads with no console error or warning and no page error', async () => {
    const { app } = await openHome();
    expect(app.errors).toEqual([]);
    expect(noise(app)).toEqual([]);
  });

  test('gives the map an accessible name', async () => {
    const { app } = await openHome();
    expect((await app.page.getAttribute('#map', 'aria-label'))?.trim()).toBeTruthy();
  });

  test('requests nothing from any origin but its own, lazy code and fonts included', async () => {
    const { app } = await openHome();
    // Move through the whole story and open the embed dialog, so that anything loaded later
    // is requested; then wait for those requests themselves (ready is set before them).
    await app.page.focus('#timeline');
    await app.page.keyboard.press('Home');
    await app.page.keyboard.press('End');
    await app.page.click('#embed-open');
    await app.page.locator('#embed-dialog').waitFor();
    await app.page.keyboard.press('Escape');
    await expect.poll(() => LAZY_CHUNKS.filter((chunk) => !app.requests.some((url) => chunk.test(url))).map(String), { timeout: 30_000 }).toEqual([]);
    await waitForQuietNetwork(app);
    const foreign = app.requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url).origin !== session.server.origin;
    });
    expect(foreign).toEqual([]);
    expect(app.failedRequests).toEqual([]);
    expect(noise(app)).toEqual([]);
  });
});

describe('?date=YYYY-MM-DD draws the deals in force on that day', () => {
  test.each([addDays(FIRST_DEAL.date, -1), BEFORE_LAST_DEAL, LAST_DAY])('on %s: the deals signed by then', async (date) => {
    const app = await openApp(session.browser, session.server, `?date=${date}`);
    expect(await drawnDeals(app.page)).toEqual(inForceOn(date));
    await app.close();
  });

  test('draws every arc with a non-empty path', async () => {
    const app = await openApp(session.browser, session.server, `?date=${LAST_DAY}`);
    const lengths = await app.page.$$eval('path.flow-arc', (ps) => ps.map((p) => (p as SVGPathElement).getTotalLength()));
    expect(lengths).toHaveLength(DEALS.length);
    for (const len of lengths) expect(len).toBeGreaterThan(10);
    await app.close();
  });

  test('marks the same deals in force in the events table', async () => {
    const app = await openApp(session.browser, session.server, `?date=${BEFORE_LAST_DEAL}`);
    // The table is the map's text alternative, opened on demand as a reader would.
    await app.page.getByRole('button', { name: /table/i }).click();
    await app.page.locator('#events-table tr[data-event-id]').first().waitFor();
    const rows = await app.page.$$eval('#events-table tr[data-event-id]', (trs) =>
      Object.fromEntries(trs.map((r) => [(r as HTMLElement).dataset.eventId, (r as HTMLElement).dataset.inForce])),
    );
    const signed = new Set(inForceOn(BEFORE_LAST_DEAL));
    expect(Object.fromEntries(DEALS.map((e) => [e.id, rows[e.id]]))).toEqual(Object.fromEntries(DEALS.map((e) => [e.id, String(signed.has(e.id))])));
    await app.close();
  });
});

describe('?deal=<id> opens that deal', () => {
  test(`?deal=${LAST_DEAL.id} shows that deal's event card`, async () => {
    const app = await openApp(session.browser, session.server, `?deal=${LAST_DEAL.id}`);
    const card = app.page.locator('#event-card');
    expect(await card.isVisible()).toBe(true);
    expect(await card.getAttribute('data-event-id')).toBe(LAST_DEAL.id);
    expect(await card.locator('h2').innerText()).toContain(LAST_DEAL.title);
    await app.close();
  });

  test('Escape closes the card, hiding it with the hidden attribute', async () => {
    const app = await openApp(session.browser, session.server, `?deal=${LAST_DEAL.id}`);
    await app.page.keyboard.press('Escape');
    const card = app.page.locator('#event-card');
    await expect.poll(() => card.getAttribute('hidden'), { timeout: 5000 }).not.toBeNull();
    expect(await card.isVisible()).toBe(false);
    await app.close();
  });
});

describe('an invalid URL (?date=2025-02-30&deal=nope)', () => {
  test('still renders, warns on the console about each bad value and nothing else, and shows the defaults', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-02-30&deal=nope');
    expect(app.errors).toEqual([]);
    // Exactly these two: one per bad value, saying what was ignored and why.
    expect(noise(app)).toEqual([
      'warning: [critical-minerals-map] date "2025-02-30" is not a calendar date (YYYY-MM-DD); using the default.',
      'warning: [critical-minerals-map] deal "nope" is not one of the story\'s events; ignored.',
    ]);
    // What the reader sees, compared with the default URL rather than hard-coded defaults.
    const fallback = await view(app);
    await app.close();
    expect(fallback).toEqual((await openHome()).first);
  });
});
