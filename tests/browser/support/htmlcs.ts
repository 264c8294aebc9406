import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// HTML_CodeSniffer's browser build, evaluated into the page through the DevTools protocol
// (page.evaluate) as axe is (support/axe.ts). page.addScriptTag({ content }) inserts an
// inline <script>, which the page's CSP (script-src 'self', no 'unsafe-inline') refuses —
// tests/browser/a11y.test.ts checks that it still does — and a test must not weaken the
// policy it runs under, so neither addScriptTag nor bypassCSP.
const HTMLCS_SOURCE = readFileSync(createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

/** HTMLCS message types: 1 error, 2 warning, 3 notice. */
export const HTMLCS_ERROR = 1;

export interface HtmlcsMessage {
  type: number;
  code: string;
  msg: string;
  /** tag#id.class of the element, enough to find it. */
  element: string;
  /** The element, for support/review.ts: `window.__htmlcsElements[index]`. */
  index: number;
}

/** Runs HTMLCS with `standard` (WCAG2AA by default) over the whole document. */
export async function htmlcs(page: Page, standard = 'WCAG2AA'): Promise<HtmlcsMessage[]> {
  await page.evaluate(HTMLCS_SOURCE);
  return page.evaluate(
    (std) =>
      new Promise<HtmlcsMessage[]>((ok, fail) => {
        type Raw = { type: number; code: string; msg: string; element: Element | Document };
        const w = window as unknown as {
          HTMLCS: { process(s: string, d: Document, done: () => void, failed: () => void, lang: string): void; getMessages(): Raw[] };
        };
        const name = (el: Element | Document) => {
          if (!(el instanceof Element)) return '#document';
          const cls = (el.getAttribute('class') ?? '')
            .trim()
            .split(/\s+/)
            .filter(Boolean)
            .slice(0, 2)
            .map((c) => `.${c}`)
            .join('');
          return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}`;
        };
        w.HTMLCS.process(
          std,
          document,
          () => {
            const messages = w.HTMLCS.getMessages();
            (window as unknown as { __htmlcsElements: (Element | Document)[] }).__htmlcsElements = messages.map((m) => m.element);
            ok(messages.map((m, index) => ({ type: m.type, code: m.code, msg: m.msg, element: name(m.element), index })));
          },
          () => fail(new Error('HTMLCS could not run')),
          'en',
        );
      }),
    standard,
  );
}

export function htmlcsReport(state: string, messages: readonly HtmlcsMessage[]): string {
  return messages.map((m) => `${state}: ${m.code}\n    ${m.element}: ${m.msg}`).join('\n');
}
