// The D3 overlay must stay in register with the WebGL map as a reader pans and zooms: the
// arcs start at Washington and end on their partner's marker, wherever the camera goes.
// Measured only through the DOM: arc ends from each path's own geometry and screen
// transform, marker positions from their boxes. All four arcs start at Washington, so they
// must share a start point, and a pan must carry that point by exactly the drag.
import { useSession } from './support/session';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { arcEnds, distance, frames, markerCentre, settled, type Point } from './support/dom';
import { openApp } from './support/page';

const TOLERANCE_PX = 2;
const DEALS = ['us-australia', 'us-malaysia', 'us-thailand', 'us-japan'];

const session = useSession();

interface Register {
  japanStart: Point;
  japanEnd: Point;
  japanMarker: Point;
  /** Largest distance between any arc's start and the us-japan arc's start. */
  startSpread: number;
}

async function register(page: Page): Promise<Register> {
  const japan = await arcEnds(page, 'us-japan');
  const starts = await Promise.all(DEALS.map(async (d) => (await arcEnds(page, d)).start));
  return {
    japanStart: japan.start,
    japanEnd: japan.end,
    japanMarker: await markerCentre(page, '.partner-marker[data-deal="us-japan"]'),
    startSpread: Math.max(...starts.map((s) => distance(s, japan.start))),
  };
}

function expectInRegister(r: Register) {
  expect(distance(r.japanEnd, r.japanMarker), `arc end ${JSON.stringify(r.japanEnd)} vs marker ${JSON.stringify(r.japanMarker)}`).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(r.startSpread, 'all arcs start at Washington').toBeLessThanOrEqual(TOLERANCE_PX);
}

/** A point over the map itself (canvas or overlay, not a card or control) to drag from. */
async function dragPoint(page: Page): Promise<Point> {
  const p = await page.evaluate(() => {
    const map = document.querySelector('#map')!;
    const r = map.getBoundingClientRect();
    for (const [fx, fy] of [[0.5, 0.5], [0.4, 0.4], [0.6, 0.6], [0.3, 0.6], [0.7, 0.4], [0.5, 0.3], [0.5, 0.7]]) {
      const x = r.left + r.width * fx!;
      const y = r.top + r.height * fy!;
      const hit = document.elementFromPoint(x, y);
      if (hit && map.contains(hit) && !hit.closest('.partner-marker, .maplibregl-ctrl, button, a')) return { x, y };
    }
    return null;
  });
  if (!p) throw new Error('no point on #map is free to drag from');
  return p;
}

describe('the flow overlay over the moving map', () => {
  test('is in register when the story opens', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-11-07');
    expectInRegister(await settled(app.page, () => register(app.page)));
    await app.close();
  });

  test('stays in register during and after a mouse drag, and moves by exactly the drag', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-11-07');
    const { page } = app;
    // The story may still be flying the camera to the current event when it reports ready.
    const before = await settled(page, () => register(page));
    const from = await dragPoint(page);
    const drag = { x: -160, y: 70 };

    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + drag.x / 2, from.y + drag.y / 2, { steps: 8 });
    await page.mouse.move(from.x + drag.x, from.y + drag.y, { steps: 8 });
    // Held still mid-gesture: the overlay must already follow the map, not wait for the end.
    await frames(page, 3);
    expectInRegister(await register(page));
    // A pause before release, so the pan ends without inertia and the drag is exact.
    await new Promise((ok) => setTimeout(ok, 300));
    await page.mouse.up();
    const after = await settled(page, () => register(page));

    expectInRegister(after);
    const moved = { x: after.japanMarker.x - before.japanMarker.x, y: after.japanMarker.y - before.japanMarker.y };
    expect(distance(moved, drag), `marker moved by ${JSON.stringify(moved)}`).toBeLessThanOrEqual(TOLERANCE_PX);
    const startMoved = { x: after.japanStart.x - before.japanStart.x, y: after.japanStart.y - before.japanStart.y };
    expect(distance(startMoved, drag), `Washington moved by ${JSON.stringify(startMoved)}`).toBeLessThanOrEqual(TOLERANCE_PX);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('stays in register after a wheel zoom', async () => {
    const app = await openApp(session.browser, session.server, '?date=2025-11-07');
    const { page } = app;
    // The story may still be flying the camera to the current event when it reports ready.
    const before = await settled(page, () => register(page));
    const at = await dragPoint(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -400);
    const after = await settled(page, () => register(page));

    expectInRegister(after);
    // Zoomed in: Washington and Tokyo are now further apart on screen.
    expect(distance(after.japanStart, after.japanEnd)).toBeGreaterThan(distance(before.japanStart, before.japanEnd) * 1.2);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
