// The core story map, driven as a reader would: URL in, what is drawn and shown out.
// Dates and ids are the story's own (data/events.json): Australia signs on 20 Oct 2025,
// Malaysia and Thailand on 26 Oct, Japan on 28 Oct.
import { useSession } from './support/session';
import { describe, expect, test } from 'vitest';
import { drawnDeals } from './support/dom';
import { openApp } from './support/page';

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
  test.each([
    ['2025-10-19', []],
    ['2025-10-27', ['us-australia', 'us-malaysia', 'us-thailand']],
    ['2025-11-07', ['us-australia', 'us-japan', 'us-malaysia', 'us-thailand']],
  ])('on %s: %j', async (date, deals) => {
    const app = await openApp(session.browser, session.server, `?date=${date}`);
    expect(await drawnDeals(app.page)).toEqual(deals);
    await app.close();
  });

  test('draws every arc with a non-empty path', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-11-07');
    const lengths = await app.page.$$eval('path.flow-arc', (ps) => ps.map((p) => (p as SVGPathElement).getTotalLength()));
    expect(lengths).toHaveLength(4);
    for (const len of lengths) expect(len).toBeGreaterThan(10);
    await app.close();
  });

  test('marks the same deals in force in the events table', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-10-27');
    // The table is the map's text alternative, opened on demand as a reader would.
    await app.page.getByRole('button', { name: /table/i }).click();
    await app.page.locator('#events-table tr[data-event-id]').first().waitFor();
    const inForce = await app.page.$$eval('#events-table tr[data-event-id^="us-"]', (rows) =>
      Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset.eventId, (r as HTMLElement).dataset.inForce])),
    );
    expect(inForce).toEqual({ 'us-australia': 'true', 'us-malaysia': 'true', 'us-thailand': 'true', 'us-japan': 'false' });
    await app.close();
  });
});

describe('?deal=<id> opens that deal', () => {
  test('?deal=us-japan shows the event card for the US–Japan deal', async () => {
    const app = await openApp(session.browser, session.server, '?deal=us-japan');
    const card = app.page.locator('#event-card');
    expect(await card.isVisible()).toBe(true);
    expect(await card.getAttribute('data-event-id')).toBe('us-japan');
    expect(await card.locator('h2').innerText()).toMatch(/Japan/);
    await app.close();
  });

  test('Escape closes the card, hiding it with the hidden attribute', async () => {
    const app = await openApp(session.browser, session.server, '?deal=us-japan');
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
