// The D3 overlay must stay in register with the WebGL map as a reader pans and zooms: the
// arcs start at Washington and end on their partner's marker, wherever the camera goes.
// Measured only through the DOM: arc ends from each path's own geometry and screen
// transform, marker positions from their boxes. All arcs start at Washington, so they
// must share a start point, and a pan must carry that point by exactly the drag. And each
// partner marker sits where MapLibre itself projects the partner's place.
// On the fixture story (dist-fixture/, built with the bench hook that exposes window.__map).
// The reference arc is Washington–Taupō (New Zealand): it crosses the antimeridian.
import { useSession } from './support/session';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readFixtureStory } from '../support/storyData';
import { arcEnds, distance, frames, markerCentre, settled, type Point } from './support/dom';
import { openApp } from './support/page';

const TOLERANCE_PX = 2;
const STORY = readFixtureStory();
const DEALS = STORY.events.filter((e) => e.deal).map((e) => e.id);
const REF = 'fixture-new-zealand';
/** The fixture's last event: every deal is in force. */
const LAST = `?date=${STORY.events.at(-1)!.date}`;

const session = useSession({ story: 'fixture' });

interface Register {
  refStart: Point;
  refEnd: Point;
  refMarker: Point;
  /** Largest distance between any arc's start and the reference arc's start. */
  startSpread: number;
}

async function register(page: Page): Promise<Register> {
  const ref = await arcEnds(page, REF);
  const starts = await Promise.all(DEALS.map(async (d) => (await arcEnds(page, d)).start));
  return {
    refStart: ref.start,
    refEnd: ref.end,
    refMarker: await markerCentre(page, `.partner-marker[data-deal="${REF}"]`),
    startSpread: Math.max(...starts.map((s) => distance(s, ref.start))),
  };
}

function expectInRegister(r: Register) {
  expect(distance(r.refEnd, r.refMarker), `arc end ${JSON.stringify(r.refEnd)} vs marker ${JSON.stringify(r.refMarker)}`).toBeLessThanOrEqual(TOLERANCE_PX);
  expect(r.startSpread, 'all arcs start at Washington').toBeLessThanOrEqual(TOLERANCE_PX);
}

/**
 * Where MapLibre draws [lon, lat], in viewport pixels, on the world copy nearest the view
 * centre (the copy the overlay draws on): `map.project` of the real map in the page.
 */
function projected(page: Page, lonLat: readonly [number, number]): Promise<Point> {
  return page.evaluate(
    ([lon, lat]) => {
      const map = (
        window as unknown as { __map?: { project(l: [number, number]): { x: number; y: number }; getCenter(): { lng: number }; getContainer(): HTMLElement } }
      ).__map;
      if (!map) throw new Error('window.__map is missing: build the fixture with VITE_BENCH_HOOK=1 (npm run build:fixture)');
      const copy = lon + 360 * Math.round((map.getCenter().lng - lon) / 360);
      const p = map.project([copy, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    lonLat as [number, number],
  );
}

/** A point over the map itself (canvas or overlay, not a card or control) to drag from. */
async function dragPoint(page: Page): Promise<Point> {
  const p = await page.evaluate(() => {
    const map = document.querySelector('#map')!;
    const r = map.getBoundingClientRect();
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.4, 0.4],
      [0.6, 0.6],
      [0.3, 0.6],
      [0.7, 0.4],
      [0.5, 0.3],
      [0.5, 0.7],
    ]) {
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
  test('puts each partner marker where map.project puts its place, within 1 px', async () => {
    const app = await openApp(session.browser, session.server, LAST);
    await settled(app.page, () => markerCentre(app.page, `.partner-marker[data-deal="${REF}"] .dot`));
    const off: string[] = [];
    for (const e of STORY.events.filter((ev) => ev.deal)) {
      const marker = await markerCentre(app.page, `.partner-marker[data-deal="${e.id}"] .dot`);
      const map = await projected(app.page, [e.deal!.target.lon, e.deal!.target.lat]);
      if (distance(marker, map) > 1) off.push(`${e.id}: marker ${JSON.stringify(marker)}, map.project ${JSON.stringify(map)}`);
    }
    expect(off).toEqual([]);
    await app.close();
  });

  test('is in register when the story opens', async () => {
    const app = await openApp(session.browser, session.server, LAST);
    expectInRegister(await settled(app.page, () => register(app.page)));
    await app.close();
  });

  test('stays in register during and after a mouse drag, and moves by exactly the drag', async () => {
    const app = await openApp(session.browser, session.server, LAST);
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
    const moved = { x: after.refMarker.x - before.refMarker.x, y: after.refMarker.y - before.refMarker.y };
    expect(distance(moved, drag), `marker moved by ${JSON.stringify(moved)}`).toBeLessThanOrEqual(TOLERANCE_PX);
    const startMoved = { x: after.refStart.x - before.refStart.x, y: after.refStart.y - before.refStart.y };
    expect(distance(startMoved, drag), `Washington moved by ${JSON.stringify(startMoved)}`).toBeLessThanOrEqual(TOLERANCE_PX);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('stays in register after a wheel zoom', async () => {
    const app = await openApp(session.browser, session.server, LAST);
    const { page } = app;
    // The story may still be flying the camera to the current event when it reports ready.
    const before = await settled(page, () => register(page));
    const at = await dragPoint(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -400);
    const after = await settled(page, () => register(page));

    expectInRegister(after);
    // Zoomed in: Washington and Taupō are now further apart on screen.
    expect(distance(after.refStart, after.refEnd)).toBeGreaterThan(distance(before.refStart, before.refEnd) * 1.2);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
