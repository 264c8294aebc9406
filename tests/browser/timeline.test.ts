// The timeline slider by keyboard: a day per arrow, an event per page key, and the URL
// follows without adding history entries (the back button leaves the story, not the day).
// On the fixture story (dist-fixture/): 12 Sep 2025 lies between the Philippines memorandum
// and the Geneva talks (10 Sep) and the New Zealand framework (17 Sep).
import { useSession } from './support/session';
import { describe, expect, test } from 'vitest';
import { searchParam } from './support/dom';
import { openApp } from './support/page';
import { readFixtureStory } from '../support/storyData';

const session = useSession({ story: 'fixture' });

/** The readable date shown next to the slider and read out by it. */
async function shownDate(app: Awaited<ReturnType<typeof openApp>>) {
  return app.page.evaluate(() => ({
    text: document.querySelector('#timeline-date')?.textContent?.trim() ?? '',
    valuetext: document.querySelector('#timeline')?.getAttribute('aria-valuetext') ?? '',
  }));
}

/** Whether a readable date names the given day and month, e.g. "22 Oct 2025", "October 22". */
function names(text: string, day: number, month: string): boolean {
  return new RegExp(`\\b${day}\\b`).test(text) && new RegExp(month.slice(0, 3), 'i').test(text);
}

describe('#timeline by keyboard', () => {
  test('ArrowRight moves the shown date and ?date on by one day', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-09-12');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-09-13');
    const shown = await shownDate(app);
    expect(names(shown.text, 13, 'September'), shown.text).toBe(true);
    expect(names(shown.valuetext, 13, 'September'), shown.valuetext).toBe(true);
    await app.close();
  });

  test('ArrowLeft moves the date back by one day', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-09-12');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-09-11');
    await app.close();
  });

  test('PageUp moves later, to the next event, as on any slider (12 Sep → the New Zealand deal on 17 Sep)', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-09-12');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('PageUp');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-09-17');
    expect(names((await shownDate(app)).text, 17, 'September')).toBe(true);
    await app.close();
  });

  test('PageDown moves earlier, to the previous event (12 Sep → the Philippines deal and Geneva talks on 10 Sep)', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-09-12');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-09-10');
    await app.close();
  });

  test('Home and End move to the first and last event', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-09-12');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('End');
    const { events } = readFixtureStory();
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe(events.at(-1)!.date);
    await app.page.keyboard.press('Home');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe(events[0]!.date);
    await app.close();
  });

  test('moving through the story replaces the URL rather than adding history entries', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-09-12');
    const before = await app.page.evaluate(() => history.length);
    await app.page.focus('#timeline');
    for (const key of ['ArrowRight', 'ArrowRight', 'PageUp', 'PageDown']) await app.page.keyboard.press(key);
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-09-10');
    expect(await app.page.evaluate(() => history.length)).toBe(before);
    await app.close();
  });
});
