import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core is evaluated into the page through the DevTools protocol (page.evaluate) rather
// than page.addScriptTag: the page's Content-Security-Policy (script-src 'self') rightly
// refuses an inline <script>, and a test must not weaken the policy it runs under.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Violation {
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

