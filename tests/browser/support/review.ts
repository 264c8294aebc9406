import type { Page } from 'playwright-core';

/** An element a checker left for review: an axe target selector, or an HTMLCS message index. */
export type ReviewRef = { selector: string } | { htmlcs: number };

/**
 * Why an element that axe or HTMLCS could not decide passes, or null when we have no answer
 * (the test then fails). Each answer is checked on the element itself, in the page:
 * - visually hidden: the clip pattern (.visually-hidden: a 1 × 1 px clipped box) shows no
 *   text on screen, so there is no contrast to have; screen readers read it.
 * - haloed map label: text painted over a full halo (paint-order: stroke, at least 1 px a
 *   side); tests/styles/mapTextContrast.test.ts measures it against its halo and the fills.
 * - legend value: its box meets no circle, so it lies on the page, measured there too.
 * - icon button: the visible content is a glyph (no letter or digit) hidden from screen
 *   readers, which label-content-name-mismatch cannot compare; a symbol is not a text label
 *   in the sense of WCAG 2.5.3, so the aria-label is the name. Its contrast is measured here
 *   against the first opaque ground above it.
 * - a table cell scrolled sideways out of its region on a phone: measured the same way.
 * - text positioned over the map on an opaque ground of its own (the embed's date): measured
 *   the same way.
 */
export function whyReviewed(page: Page, refs: readonly ReviewRef[]): Promise<(string | null)[]> {
  return page.evaluate(
    (list) =>
      list.map((ref) => {
        const found =
          'selector' in ref
            ? document.querySelector(ref.selector)
            : (window as unknown as { __htmlcsElements: (Element | Document)[] }).__htmlcsElements[ref.htmlcs];
        if (!(found instanceof Element)) return null;
        const el = found;
        // The clip pattern, by class or by a media query (the embed's dek on narrow columns).
        const clipped = (a: Element) => {
          const s = getComputedStyle(a);
          return s.position === 'absolute' && s.overflow === 'hidden' && /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(s.clip);
        };
        let hidden: Element | null = el.closest('.visually-hidden');
        for (let a: Element | null = el; a && !hidden; a = a.parentElement) if (clipped(a)) hidden = a;
        if (hidden) {
          const s = getComputedStyle(hidden);
          const r = hidden.getBoundingClientRect();
          return s.position === 'absolute' &&
            s.overflow === 'hidden' &&
            /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(s.clip) &&
            r.width <= 1 &&
            r.height <= 1
            ? 'visually hidden (clip pattern, 1 × 1 px)'
            : null;
        }
        // Marker labels and the country names' overlay (src/overlay/labelsLayer.ts): both haloed.
        if (el.matches('.marker-label, .country-label')) {
          const s = getComputedStyle(el);
          return s.paintOrder.startsWith('stroke') && s.stroke !== 'none' && parseFloat(s.strokeWidth) >= 2
            ? 'haloed map label (tests/styles/mapTextContrast.test.ts)'
            : null;
        }
        if (el.matches('.legend-production svg text')) {
          const t = el.getBoundingClientRect();
          const meets = [...el.closest('svg')!.querySelectorAll('circle')].some((c) => {
            const b = c.getBoundingClientRect();
            return t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom;
          });
          return meets ? null : 'legend value beside its circle, on the page (tests/styles/mapTextContrast.test.ts)';
        }
        // The WCAG contrast of the element's text against the first opaque ground above it in
        // the tree, or null if a translucent layer or an image lies between.
        const rgb = (c: string) => {
          const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? ?\/? ?([\d.]+))?\)/.exec(c);
          return m ? { v: [m[1], m[2], m[3]].map(Number), a: m[4] === undefined ? 1 : Number(m[4]) } : null;
        };
        const lum = (v: number[]) =>
          v
            .map((x) => x / 255)
            .map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4))
            .reduce((sum, x, i) => sum + x * [0.2126, 0.7152, 0.0722][i]!, 0);
        const groundContrast = (): number | null => {
          const fg = rgb(getComputedStyle(el).color);
          if (!fg || fg.a !== 1) return null;
          for (let a: Element | null = el; a; a = a.parentElement) {
            const s = getComputedStyle(a);
            if (s.backgroundImage !== 'none') return null;
            const bg = rgb(s.backgroundColor);
            if (!bg || bg.a === 0) continue;
            if (bg.a !== 1) return null;
            const [hi, lo] = [lum(fg.v), lum(bg.v)].sort((x, y) => y - x) as [number, number];
            return (hi + 0.05) / (lo + 0.05);
          }
          return null;
        };
        // Text laid over the map (the embed's date) on a ground of its own: HTMLCS cannot see
        // what lies under an absolutely positioned box, but its own opaque ground is all there is.
        if (getComputedStyle(el).position === 'absolute' && rgb(getComputedStyle(el).backgroundColor)?.a === 1) {
          const c = groundContrast();
          return c !== null && c >= 4.5 ? `positioned over the map on its own opaque ground; ${c.toFixed(1)}:1` : null;
        }
        const button = el.closest('button[aria-label]');
        if (button) {
          const glyph = (button.textContent ?? '').trim();
          const allHidden = [...button.childNodes].every((n) => n instanceof Element && n.getAttribute('aria-hidden') === 'true');
          const c = groundContrast();
          return glyph.length > 0 && !/[\p{L}\p{N}]/u.test(glyph) && allHidden && c !== null && c >= 4.5
            ? `icon button "${glyph}" named by aria-label; glyph ${c.toFixed(1)}:1 on its ground`
            : null;
        }
        // A table wider than a phone scrolls sideways in its region; axe sees the cells beyond
        // the edge as "obscured". Their ground is the page's, read from the tree.
        const region = el.closest('.table-region');
        if (region && region.scrollWidth > region.clientWidth) {
          const c = groundContrast();
          return c !== null && c >= 4.5 ? `table cell in a sideways-scrolling region; ${c.toFixed(1)}:1 on its ground` : null;
        }
        return null;
      }),
    refs as ReviewRef[],
  );
}
