// The core story map, driven as a reader would: URL in, what is drawn and shown out.
// A smoke test of the real story (dist/): dates, ids and titles are read from data/, so a
// new deal or a corrected date changes the expected values, never this file.
import { useSession } from './support/session';
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/time/dates';
import { readStoryData } from '../support/storyData';
import { drawnDeals } from './support/dom';
import { openApp } from './support/page';

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

describe('the story map at its default URL', () => {
  test('loads with no console error and no page error', async () => {
    const app = await openApp(session.browser, session.server);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('requests nothing from any origin but its own', async () => {
    const app = await openApp(session.browser, session.server);
    // Move through the whole story too, so that anything loaded lazily is requested.
    await app.page.focus('#timeline');
    await app.page.keyboard.press('Home');
    await app.page.keyboard.press('End');
    await app.page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    const foreign = app.requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url).origin !== session.server.origin;
    });
    expect(foreign).toEqual([]);
    expect(app.requests.length).toBeGreaterThan(1);
    await app.close();
  });

  test('gives the map an accessible name', async () => {
    const app = await openApp(session.browser, session.server);
    expect((await app.page.getAttribute('#map', 'aria-label'))?.trim()).toBeTruthy();
    await app.close();
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
  // What the reader sees, compared with the default URL rather than hard-coded defaults.
  const view = (app: Awaited<ReturnType<typeof openApp>>) =>
    app.page.evaluate(() => ({
      slider: (document.querySelector('#timeline') as HTMLInputElement).value,
      date: document.querySelector('#timeline-date')?.textContent?.trim(),
      cardHidden: document.querySelector('#event-card')?.hasAttribute('hidden'),
      arcs: [...document.querySelectorAll<SVGPathElement>('path.flow-arc')].map((p) => p.dataset.deal).sort(),
    }));

  test('still renders, warns on the console without an error, and shows the defaults', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-02-30&deal=nope');
    expect(app.errors).toEqual([]);
    expect(app.console.filter((m) => m.type === 'warning').length).toBeGreaterThan(0);
    const fallback = await view(app);
    await app.close();
    const plain = await openApp(session.browser, session.server);
    expect(fallback).toEqual(await view(plain));
    await plain.close();
  });
});
