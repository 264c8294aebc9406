// Escape closes the innermost open thing and only that: the embed dialog, then the deal
// tooltip, then the event card. Each press is checked against what a reader sees.
// On the fixture story (dist-fixture/).
import { useSession } from './support/session';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp } from './support/page';

const session = useSession({ story: 'fixture' });

function visible(page: Page): Promise<{ dialog: boolean; tooltip: boolean; card: boolean; focus: string | null }> {
  return page.evaluate(() => ({
    dialog: document.querySelector('dialog[open]') !== null,
    tooltip: !(document.querySelector<HTMLElement>('#deal-tooltip')?.hidden ?? true),
    card: !document.querySelector<HTMLElement>('#event-card')!.hidden,
    focus: document.activeElement?.id || null,
  }));
}

describe('Escape, innermost first', () => {
  test('with the embed dialog open over the card, Escape closes the dialog only and focus returns to its button', async () => {
    const app = await openApp(session.browser, session.server, '?deal=fixture-new-zealand');
    await app.page.click('#embed-open');
    await app.page.waitForSelector('dialog[open]');
    expect(await visible(app.page)).toMatchObject({ dialog: true, card: true });
    await app.page.keyboard.press('Escape');
    expect(await visible(app.page)).toEqual({ dialog: false, tooltip: false, card: true, focus: 'embed-open' });
    // The next Escape reaches the card.
    await app.page.keyboard.press('Escape');
    expect((await visible(app.page)).card).toBe(false);
    await app.close();
  });

  test('with a deal tooltip shown over the open card, Escape hides the tooltip only', async () => {
    const app = await openApp(session.browser, session.server, '?deal=fixture-new-zealand');
    await app.page.hover('.partner-marker[data-deal="fixture-korea"] .hit');
    await app.page.waitForSelector('#deal-tooltip:not([hidden])');
    expect(await visible(app.page)).toMatchObject({ tooltip: true, card: true });
    await app.page.keyboard.press('Escape');
    expect(await visible(app.page)).toMatchObject({ tooltip: false, card: true });
    await app.page.keyboard.press('Escape');
    expect(await visible(app.page)).toMatchObject({ tooltip: false, card: false });
    await app.close();
  });

  test('with the card alone open, Escape closes the card', async () => {
    const app = await openApp(session.browser, session.server, '?deal=fixture-new-zealand');
    expect(await visible(app.page)).toEqual({ dialog: false, tooltip: false, card: true, focus: null });
    await app.page.keyboard.press('Escape');
    expect((await visible(app.page)).card).toBe(false);
    await app.close();
  });
});
