import type { Frame, Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/** Deal ids that have a drawn flow arc, sorted. */
export function drawnDeals(page: Page | Frame): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<SVGPathElement>('path.flow-arc')].map((p) => p.dataset.deal ?? '(none)').sort());
}

/** A query parameter as the page's own location has it now (after any replaceState). */
export function searchParam(page: Page | Frame, name: string): Promise<string | null> {
  return page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
}

/**
 * First and last point of a deal's arc in viewport pixels: the path's own geometry carried
 * through its screen transform, i.e. where a user sees the line begin and end.
 */
export function arcEnds(page: Page | Frame, deal: string): Promise<{ start: Point; end: Point }> {
  return page.evaluate((id) => {
    const path = document.querySelector<SVGPathElement>(`path.flow-arc[data-deal="${id}"]`);
    if (!path) throw new Error(`no path.flow-arc[data-deal="${id}"]`);
    const ctm = path.getScreenCTM();
    if (!ctm) throw new Error(`path.flow-arc[data-deal="${id}"] is not rendered`);
    const at = (len: number) => {
      const p = path.getPointAtLength(len);
      const s = new DOMPoint(p.x, p.y).matrixTransform(ctm);
      return { x: s.x, y: s.y };
    };
    return { start: at(0), end: at(path.getTotalLength()) };
  }, deal);
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Resolves after the page has painted `n` more frames. */
export function frames(page: Page | Frame, n = 2): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((ok) => {
        const step = (left: number) => (left === 0 ? ok() : requestAnimationFrame(() => step(left - 1)));
        step(count);
      }),
    n,
  );
}

/**
 * Waits until `read` gives the same JSON twice, 250 ms apart: the map has stopped easing
 * (drag inertia, wheel-zoom animation) and the overlay has caught up with it.
 */
export async function settled<T>(page: Page | Frame, read: () => Promise<T>, timeout = 15_000): Promise<T> {
  const until = Date.now() + timeout;
  let last = JSON.stringify(await read());
  for (;;) {
    await frames(page, 2);
    await new Promise((ok) => setTimeout(ok, 250));
    const value = await read();
    const now = JSON.stringify(value);
    if (now === last) return value;
    if (Date.now() > until) throw new Error(`still changing after ${timeout} ms: ${now}`);
    last = now;
  }
}

/**
 * Where a marker points, in viewport pixels: the centre of its shapes, leaving out its text
 * label (a label beside a dot would pull a plain bounding-box centre off the dot). An HTML
 * marker, or one with no shapes, is measured by its whole box.
 */
export function markerCentre(page: Page | Frame, selector: string): Promise<Point> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no ${sel}`);
    const shapes = el instanceof SVGElement ? [...el.querySelectorAll('circle, ellipse, rect, path, polygon, use, image')] : [];
    const boxes = (shapes.length ? shapes : [el]).map((s) => s.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
    if (!boxes.length) throw new Error(`${sel} has no visible box`);
    const left = Math.min(...boxes.map((r) => r.left));
    const right = Math.max(...boxes.map((r) => r.right));
    const top = Math.min(...boxes.map((r) => r.top));
    const bottom = Math.max(...boxes.map((r) => r.bottom));
    return { x: (left + right) / 2, y: (top + bottom) / 2 };
  }, selector);
}
