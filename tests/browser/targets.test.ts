// Pointer targets of at least 24 × 24 CSS px (WCAG 2.2 SC 2.5.8) and text at 200% (SC 1.4.4)
// with nothing lost: no sideways scrolling, no control clipped or covered.
import { useSession } from './support/session';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openApp } from './support/page';

const session = useSession();

/**
 * Interactive elements smaller than 24 × 24 px. Exempt, as the SC allows: links inside a
 * sentence (inline), and the timeline's event ticks, whose function (go to an event) the
 * previous/next buttons and the slider provide (the "equivalent" exception).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const els = [...document.querySelectorAll<HTMLElement | SVGElement>('button, a[href], input, summary, select, textarea, [role="button"], [tabindex="0"]')];
    return els.flatMap((el) => {
      if (el.closest('[hidden]') || el.classList.contains('tick')) return [];
      if (
        el instanceof HTMLAnchorElement &&
        getComputedStyle(el).display === 'inline' &&
        el.parentElement &&
        (el.parentElement.textContent ?? '').trim() !== (el.textContent ?? '').trim()
      )
        return [];
      const target = el instanceof SVGElement ? (el.querySelector('.hit') ?? el) : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return [];
      return r.width >= 24 && r.height >= 24
        ? []
        : [
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${(el.getAttribute('class') ?? '').split(' ')[0]} ${Math.round(r.width)}×${Math.round(r.height)}`,
          ];
    });
  });
}

describe('targets and text size', () => {
  test.each([375, 1280])('every pointer target is at least 24 × 24 px at %i px', async (width) => {
    const app = await openApp(session.browser, session.server, '', { viewport: { width, height: 800 } });
    await app.page.click('#show-table');
    await app.page.waitForSelector('#events-table');
    const small = await smallTargets(app.page);
    console.log(`[targets] ${width} px: ${small.length ? small.join(', ') : 'none under 24 × 24'}`);
    expect(small).toEqual([]);
    await app.close();
  });

  test.each([375, 1280])('text at 200 percent at %i px: no sideways scroll, no control clipped', async (width) => {
    const app = await openApp(session.browser, session.server, '', { viewport: { width, height: 800 } });
    // Text-only zoom: the root font size doubled (CSSOM, which the page's CSP allows).
    await app.page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await app.page.waitForTimeout(300);
    const result = await app.page.evaluate(() => {
      const overflowX = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      // A control whose label spills out of its box; text elsewhere may wrap, but not be cut.
      const clipped = [...document.querySelectorAll<HTMLElement>('button, summary, .timeline-date, .card, .masthead, .legend, .callout')]
        .filter((el) => !el.closest('[hidden]') && el.getClientRects().length > 0)
        .filter((el) => el.tagName === 'BUTTON' || el.tagName === 'SUMMARY' || getComputedStyle(el).overflow !== 'visible')
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || (el.tagName === 'BUTTON' && el.scrollHeight > el.clientHeight + 1))
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className.split(' ')[0]}`);
      const fontPx = parseFloat(getComputedStyle(document.querySelector('.timeline-date')!).fontSize);
      return { overflowX, clipped, fontPx };
    });
    console.log(`[text 200%] ${width} px: ${JSON.stringify(result)}`);
    expect(result.fontPx).toBeGreaterThanOrEqual(30);
    expect(result.overflowX).toBeLessThanOrEqual(0);
    expect(result.clipped).toEqual([]);
    await app.close();
  });
});
