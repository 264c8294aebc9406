// The whole story with a keyboard only: every control in a sensible order with a visible
// focus, the slider by keys, a deal opened from its marker, Escape, and focus coming back.
// On the fixture story (dist-fixture/).
import { useSession } from './support/session';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp } from './support/page';
import { readFixtureStory } from '../support/storyData';

/** Event titles as the fixture has them. */
const title = (id: string): string => readFixtureStory().events.find((e) => e.id === id)!.title;

const session = useSession({ story: 'fixture' });

interface Stop {
  /** tag#id.class[data-deal], enough to tell the stops apart. */
  key: string;
  name: string;
  /** Whether the reader can see where focus is: an outline, or the marker's focus ring. */
  visible: boolean;
  inViewport: boolean;
}

function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cls = typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
    const deal = el.getAttribute('data-deal') ?? el.getAttribute('data-event-id');
    const key = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.trim().split(/\s+/)[0]}` : ''}${deal ? `[${deal}]` : ''}`;
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60);
    let visible: boolean;
    if (el instanceof SVGElement) {
      const hit = el.querySelector('.hit');
      const s = hit ? getComputedStyle(hit) : null;
      visible = !!s && s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2;
    } else {
      const s = getComputedStyle(el);
      visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
    }
    const r = el.getBoundingClientRect();
    const inViewport = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
    return { key, name, visible, inViewport };
  });
}

/** Presses Tab until `match` is focused; fails after `max` presses. */
async function tabTo(page: Page, match: (s: Stop) => boolean, max = 80): Promise<Stop> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await focused(page);
    if (stop && match(stop)) return stop;
  }
  throw new Error('never reached by Tab');
}

describe('keyboard only, at 1280 px', () => {
  test('Tab reaches every control in reading order, each with a visible focus', async () => {
    const app = await openApp(session.browser, session.server);
    const stops: Stop[] = [];
    for (let i = 0; i < 120; i++) {
      await app.page.keyboard.press('Tab');
      const stop = await focused(app.page);
      if (stop === null) break; // past the last control, focus leaves the page
      stops.push(stop);
      // Scrolled into view as a sighted keyboard user would see it.
      expect(stop.inViewport, `${stop.key} is on screen when focused`).toBe(true);
    }
    console.log(`[keyboard] ${stops.length} tab stops:\n  ${stops.map((s) => `${s.visible ? ' ' : '!'} ${s.key}  "${s.name}"`).join('\n  ')}`);
    expect(stops.filter((s) => !s.visible).map((s) => s.key)).toEqual([]);
    const at = (re: RegExp) => stops.findIndex((s) => re.test(s.key));
    for (const deal of ['fixture-korea', 'fixture-philippines', 'fixture-new-zealand'])
      expect(at(new RegExp(`partner-marker\\[${deal}\\]`))).toBeGreaterThanOrEqual(0);
    // Map, then the timeline under it, then the card beside it, then the extras.
    const order = [at(/partner-marker/), at(/#play/), at(/#prev-event/), at(/#timeline\b/), at(/#next-event/), at(/card-close/), at(/#show-table/)];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    await app.close();
  });

  test('the slider moves by keys and reads the date and the event', async () => {
    const app = await openApp(session.browser, session.server);
    await tabTo(app.page, (s) => s.key.startsWith('input#timeline'));
    await app.page.keyboard.press('Home');
    const first = await app.page.evaluate(() => ({
      text: document.querySelector('#timeline-date')!.textContent,
      valuetext: document.querySelector('#timeline')!.getAttribute('aria-valuetext'),
    }));
    expect(first.valuetext).toBe(`14 May 2025: ${title('fixture-controls-may')}`);
    await app.page.keyboard.press('ArrowRight');
    const next = await app.page.evaluate(() => document.querySelector('#timeline')!.getAttribute('aria-valuetext'));
    expect(next).toBe('15 May 2025');
    // Page Up is later, as on every slider (WAI-ARIA slider pattern); Page Down back again.
    await app.page.keyboard.press('PageUp');
    expect(await app.page.evaluate(() => document.querySelector('#timeline')!.getAttribute('aria-valuetext'))).toBe(
      `3 September 2025: ${title('fixture-korea')}`,
    );
    await app.page.keyboard.press('PageDown');
    expect(await app.page.evaluate(() => document.querySelector('#timeline')!.getAttribute('aria-valuetext'))).toBe(
      `14 May 2025: ${title('fixture-controls-may')}`,
    );
    // The instructions a screen reader reads with the slider say the same.
    const help = await app.page.evaluate(() => document.getElementById(document.querySelector('#timeline')!.getAttribute('aria-describedby')!)?.textContent);
    expect(help).toMatch(/Page Up goes to the next event, Page Down to the previous/);
    await app.close();
  });

  test('Enter on a partner marker opens its deal and moves focus to the card; Escape closes it and focus returns to the marker', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-10-15');
    await tabTo(app.page, (s) => s.key.includes('partner-marker[fixture-new-zealand]'));
    await app.page.keyboard.press('Enter');
    // The live region speaks once the story rests on the event (src/ui/panels/liveText.ts), not at once.
    await app.page
      .waitForFunction(() => document.querySelector('[role="status"][aria-live="polite"]')?.textContent !== '', undefined, { timeout: 5000 })
      .catch(() => {});
    const opened = await app.page.evaluate(() => ({
      card: document.querySelector<HTMLElement>('#event-card')!.hidden ? null : document.querySelector<HTMLElement>('#event-card')!.dataset.eventId,
      focus: document.activeElement?.id,
      announced: document.querySelector('[role="status"][aria-live="polite"]')?.textContent,
    }));
    expect(opened).toEqual({ card: 'fixture-new-zealand', focus: 'event-card-title', announced: `17 September 2025: ${title('fixture-new-zealand')}.` });
    await app.page.keyboard.press('Escape');
    const closed = await app.page.evaluate(() => ({
      hidden: document.querySelector<HTMLElement>('#event-card')!.hidden,
      focus: document.activeElement?.getAttribute('data-deal'),
    }));
    expect(closed).toEqual({ hidden: true, focus: 'fixture-new-zealand' });
    await app.close();
  });

  test('the map summary says what is drawn at the date', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-09-12');
    const summary = await app.page.evaluate(() => document.getElementById(document.querySelector('#map')!.getAttribute('aria-describedby')!)?.textContent);
    expect(summary).toBe(
      `The map at 12 September 2025. US deals signed, 2, drawn as lines from Washington: South Korea (3 September 2025) and Philippines (10 September 2025). China’s export controls, latest step (14 May 2025): ${title('fixture-controls-may')}.`,
    );
    await app.close();
  });
});
