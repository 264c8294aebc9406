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
  /** Each element axe could not decide ("needs review"), with axe's reason. */
  review: Review[];
}

export interface Review {
  id: string;
  target: string;
  /** axe's message for why it could not decide, e.g. "Element's background color could not be determined…". */
  reason: string;
}

export async function axe(page: Page): Promise<AxeResult> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Check = { message?: string };
    const w = window as unknown as {
      axe: {
        run(
          ctx: Document,
          o: object,
        ): Promise<{
          passes: unknown[];
          incomplete: { id: string; nodes: { target: unknown[]; any?: Check[]; all?: Check[]; none?: Check[] }[] }[];
          violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
        }>;
      };
    };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
    }));
    const review = result.incomplete.flatMap((r) =>
      r.nodes.map((n) => ({
        id: r.id,
        target: n.target.map(String).join(' '),
        reason: [...(n.any ?? []), ...(n.all ?? []), ...(n.none ?? [])]
          .map((c) => c.message ?? '')
          .filter(Boolean)
          .join('; '),
      })),
    );
    return { violations, passes: result.passes.length, incomplete: result.incomplete.map((r) => r.id), review };
  }, TAGS);
}

export function report(state: string, violations: Violation[]): string {
  return violations
    .map(
      (v) =>
        `${state}: [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')}`,
    )
    .join('\n');
}
