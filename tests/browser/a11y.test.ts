// WCAG 2.2 A/AA with axe-core in every state a reader can reach, at a phone and a desktop
// width. axe is evaluated into the page through the DevTools protocol (page.evaluate)
// rather than page.addScriptTag: the page's own Content-Security-Policy (script-src 'self')
// rightly refuses an inline <script>, and the test must not weaken the policy it runs under.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from './support/chromium';
import { openApp, type OpenedPage } from './support/page';
import { serveDist, type StaticServer } from './support/server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [375, 1280];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

export interface AxeResult {
  violations: Violation[];
  /** Rules that passed, and rules axe could not decide (reported, for a human to look at). */
  passes: number;
  incomplete: string[];
}

export async function axe(page: Page): Promise<AxeResult> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ passes: unknown[]; incomplete: { id: string }[]; violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
    }));
    return { violations, passes: result.passes.length, incomplete: result.incomplete.map((r) => r.id) };
  }, TAGS);
}

export function report(state: string, violations: Violation[]): string {
  return violations.map((v) => `${state}: [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')}`).join('\n');
}

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
        const app = await openApp(browser, server, state.query, { viewport: { width, height: 800 } });
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
