// WCAG 2.2 A/AA with axe-core (support/axe.ts) and WCAG 2 AA with HTML_CodeSniffer
// (support/htmlcs.ts) in every state a reader can reach, at a phone and a desktop width:
// no axe violation, no HTMLCS error, and every element either tool leaves for review
// ("needs review", or a contrast warning) explained by support/review.ts, or the test fails.
import { useSession } from './support/session';
import { describe, expect, test } from 'vitest';
import { axe, report } from './support/axe';
import { htmlcs, htmlcsReport, HTMLCS_ERROR } from './support/htmlcs';
import { whyReviewed } from './support/review';
import { openApp, type OpenedPage } from './support/page';
import { readStoryData } from '../support/storyData';

const WIDTHS = [375, 1280];

const session = useSession();

// A smoke test on the real story: the deal is the last one in data/, whatever it is.
const LAST_DEAL = readStoryData()
  .events.filter((e) => e.deal)
  .at(-1)!.id;

const STATES: { name: string; query: string; prepare?: (app: OpenedPage) => Promise<void> }[] = [
  { name: 'default view', query: '' },
  { name: 'a deal selected', query: `?deal=${LAST_DEAL}` },
  { name: 'embed mode', query: '?embed=1' },
  {
    name: 'embed dialog open',
    query: '',
    async prepare(app) {
      // A missing button fails the test: the dialog is a state readers reach.
      const button = app.page.getByRole('button', { name: 'Embed this map' });
      expect(await button.count()).toBe(1);
      await button.click();
      await app.page.waitForSelector('dialog[open]');
    },
  },
  {
    name: 'table shown',
    query: '',
    async prepare(app) {
      await app.page.click('#show-table');
      await app.page.waitForSelector('#events-table');
    },
  },
];

describe('axe-core, WCAG 2.2 A and AA', () => {
  for (const width of WIDTHS) {
    for (const state of STATES) {
      test(`${state.name} at ${width} px: no violations`, async () => {
        const app = await openApp(session.browser, session.server, state.query, { viewport: { width, height: 800 } });
        await state.prepare?.(app);
        const { violations, passes, incomplete, review } = await axe(app.page);
        const text = report(`${state.name} @${width}`, violations);
        if (text) console.log(text);
        console.log(
          `[a11y] ${state.name} @${width}: ${violations.length} violations, ${passes} rules passed, needs review: ${incomplete.join(', ') || 'none'}`,
        );
        expect(passes).toBeGreaterThan(10);
        expect(violations.map((v) => v.id)).toEqual([]);

        const reasons = await whyReviewed(
          app.page,
          review.map((r) => ({ selector: r.target })),
        );
        const axeUnexplained = review.filter((_, i) => reasons[i] === null).map((r) => `${r.id} ${r.target}: ${r.reason}`);
        console.log(
          `[a11y] ${state.name} @${width}: axe needs review, ${review.length} elements:\n  ${review.map((r, i) => `${r.id} ${r.target} → ${reasons[i] ?? 'UNEXPLAINED'}`).join('\n  ')}`,
        );
        expect(axeUnexplained).toEqual([]);

        const messages = await htmlcs(app.page);
        const errors = messages.filter((m) => m.type === HTMLCS_ERROR);
        if (errors.length) console.log(htmlcsReport(`${state.name} @${width}`, errors));
        expect(errors.map((m) => `${m.code} ${m.element}`)).toEqual([]);
        // Contrast the sniffer could not compute (1.4.3: absolutely placed, transparent ground).
        const contrast = messages.filter((m) => m.type !== HTMLCS_ERROR && /1_4_3\./.test(m.code));
        const contrastReasons = await whyReviewed(
          app.page,
          contrast.map((m) => ({ htmlcs: m.index })),
        );
        const htmlcsUnexplained = contrast.filter((_, i) => contrastReasons[i] === null).map((m) => `${m.code} ${m.element}`);
        console.log(
          `[htmlcs] ${state.name} @${width}: ${errors.length} errors, ${messages.filter((m) => m.type === 2).length} warnings (${contrast.length} on contrast), ${messages.filter((m) => m.type === 3).length} notices`,
        );
        expect(htmlcsUnexplained).toEqual([]);
        await app.close();
      });
    }
  }
});

describe('the checkers themselves', () => {
  test('HTML_CodeSniffer reports an error where there is one (an image without alt text)', async () => {
    const context = await session.browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>',
    );
    const errors = (await htmlcs(page)).filter((m) => m.type === HTMLCS_ERROR);
    expect(errors.map((m) => `${m.code.split('.').at(-1)} ${m.element}`)).toContain('H37 img');
    await context.close();
  });

  test('the page’s CSP refuses an inline <script> (page.addScriptTag), so the checkers are evaluated through DevTools instead', async () => {
    const app = await openApp(session.browser, session.server);
    await expect(app.page.addScriptTag({ content: 'document.documentElement.dataset.injected = "yes";' })).rejects.toThrow(/Content Security Policy/);
    expect(await app.page.evaluate(() => document.documentElement.dataset.injected ?? null)).toBe(null);
    await app.close();
  });
});
