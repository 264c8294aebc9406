// The timeline slider by keyboard: a day per arrow, an event per page key, and the URL
// follows without adding history entries (the back button leaves the story, not the day).
import { useSession } from './support/session';
import { describe, expect, test } from 'vitest';
import { searchParam } from './support/dom';
import { openApp } from './support/page';
import { readStoryData } from '../support/storyData';

const session = useSession();

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
    const app = await openApp(session.browser, session.server, '?date=2025-10-21');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-10-22');
    const shown = await shownDate(app);
    expect(names(shown.text, 22, 'October'), shown.text).toBe(true);
    expect(names(shown.valuetext, 22, 'October'), shown.valuetext).toBe(true);
    await app.close();
  });

  test('ArrowLeft moves the date back by one day', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-10-21');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-10-20');
    await app.close();
  });

  test('PageUp moves later, to the next event, as on any slider (21 Oct → the Kuala Lumpur talks on 25 Oct)', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-10-21');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('PageUp');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-10-25');
    expect(names((await shownDate(app)).text, 25, 'October')).toBe(true);
    await app.close();
  });

  test('PageDown moves earlier, to the previous event (21 Oct → the Australia deal on 20 Oct)', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-10-21');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-10-20');
    await app.close();
  });

  test('Home and End move to the first and last event', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-10-21');
    await app.page.focus('#timeline');
    await app.page.keyboard.press('End');
    const { events } = readStoryData();
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe(events.at(-1)!.date);
    await app.page.keyboard.press('Home');
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe(events[0]!.date);
    await app.close();
  });

  test('moving through the story replaces the URL rather than adding history entries', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-10-21');
    const before = await app.page.evaluate(() => history.length);
    await app.page.focus('#timeline');
    for (const key of ['ArrowRight', 'ArrowRight', 'PageUp', 'PageDown']) await app.page.keyboard.press(key);
    await expect.poll(() => searchParam(app.page, 'date'), { timeout: 5000 }).toBe('2025-10-20');
    expect(await app.page.evaluate(() => history.length)).toBe(before);
    await app.close();
  });
});
