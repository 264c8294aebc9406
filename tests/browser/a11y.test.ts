// WCAG 2.2 A/AA with axe-core (support/axe.ts) in every state a reader can reach, at a
// phone and a desktop width; the violations are printed, and must be none.
import { useSession } from './support/session';
import { describe, expect, test } from 'vitest';
import { axe, report } from './support/axe';
import { openApp, type OpenedPage } from './support/page';

const WIDTHS = [375, 1280];

const session = useSession();

const STATES: { name: string; query: string; prepare?: (app: OpenedPage) => Promise<string | null> }[] = [
  { name: 'default view', query: '' },
  { name: 'a deal selected', query: '?deal=us-japan' },
  { name: 'embed mode', query: '?embed=1' },
  {
    name: 'embed dialog open',
    query: '',
    async prepare(app) {
      const button = app.page.getByRole('button', { name: 'Embed this map' });
      if ((await button.count()) === 0) return 'no "Embed this map" button on the page';
      await button.click();
      await app.page.waitForSelector('dialog[open]');
      return null;
    },
  },
  {
    name: 'table shown',
    query: '',
    async prepare(app) {
      await app.page.click('#show-table');
      await app.page.waitForSelector('#events-table');
      return null;
    },
  },
];

describe('axe-core, WCAG 2.2 A and AA', () => {
  for (const width of WIDTHS) {
    for (const state of STATES) {
      test(`${state.name} at ${width} px: no violations`, async () => {
        const app = await openApp(session.browser, session.server, state.query, { viewport: { width, height: 800 } });
        const skipped = state.prepare ? await state.prepare(app) : null;
        if (skipped) {
          console.warn(`[a11y] skipped "${state.name}" at ${width} px: ${skipped}`);
          await app.close();
          return;
        }
        const { violations, passes, incomplete } = await axe(app.page);
        const text = report(`${state.name} @${width}`, violations);
        if (text) console.log(text);
        console.log(`[a11y] ${state.name} @${width}: ${violations.length} violations, ${passes} rules passed, needs review: ${incomplete.join(', ') || 'none'}`);
        expect(passes).toBeGreaterThan(10);
        expect(violations.map((v) => v.id)).toEqual([]);
        await app.close();
      });
    }
  }
});
