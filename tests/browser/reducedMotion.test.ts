// prefers-reduced-motion: reduce. No camera flight (the camera jumps), no flow animation, no
// autoplay, and nothing keeps drawing once the map is idle. Animation frames are watched by
// wrapping requestAnimationFrame before the app's first line (MapLibre, d3 and the overlay
// all call it through window); every wait is for an event or a state, never a fixed time.
import { useSession } from './support/session';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { arcEnds, markerCentre, distance } from './support/dom';
import { waitForReady } from './support/page';

// On the fixture story (dist-fixture/, with the map as window.__map): 2 Sep 2025 is the day
// before its first deal.
const session = useSession({ story: 'fixture' });

interface FrameWatch {
  /** requestAnimationFrame callbacks asked for and not yet run or cancelled. */
  pending: Set<number>;
  /** requestAnimationFrame calls since the page started. */
  asked: number;
}

/** Runs in the page before its scripts: counts animation-frame requests and those still pending. */
function watchFrames(): void {
  const watch: FrameWatch = { pending: new Set(), asked: 0 };
  Object.defineProperty(window, '__frames', { value: watch });
  const request = window.requestAnimationFrame.bind(window);
  const cancel = window.cancelAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => {
    watch.asked++;
    const id: number = request((t) => {
      watch.pending.delete(id);
      cb(t);
    });
    watch.pending.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    watch.pending.delete(id);
    cancel(id);
  };
}

/** The app in a context that prefers reduced motion from the first request. */
async function openReduced(query: string) {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.addInitScript(watchFrames);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.server.origin}/index.html${query}`);
  await waitForReady(page, errors);
  await mapIdle(page);
  return { page, errors, close: () => context.close() };
}

/** Resolves at the map's next `idle` (at once if it is idle now): nothing left to load, draw or ease. */
function mapIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
        if (map.loaded() && !map.isMoving()) done();
        else map.once('idle', () => done());
      }),
  );
}

describe('under prefers-reduced-motion: reduce', () => {
  test('once the map is idle, no animation loop runs: no frame pending, no running CSS animation, none asked for while the browser idles', async () => {
    const app = await openReduced('');
    // A loop always has its next frame pending, so this never comes true while one runs
    // (polled on a timer, not on frames, so the wait itself asks for none).
    const quiet = await app.page
      .waitForFunction(
        () => {
          const w = window as unknown as { __frames: FrameWatch };
          return w.__frames.pending.size === 0 && document.getAnimations().every((a) => a.playState !== 'running');
        },
        undefined,
        { polling: 100, timeout: 15_000 },
      )
      .then(
        () => true,
        () => false,
      );
    const state = await app.page.evaluate(() => ({
      pending: (window as unknown as { __frames: FrameWatch }).__frames.pending.size,
      animations: document
        .getAnimations()
        .filter((a) => a.playState === 'running')
        .map((a) => (a.effect as KeyframeEffect | null)?.target?.nodeName ?? '?'),
    }));
    expect(quiet, `still animating: ${JSON.stringify(state)}`).toBe(true);
    // And it stays so: the browser runs an idle callback, then another, and nothing asks
    // for a frame in between (a timer-driven loop would).
    const asked = await app.page.evaluate(async () => {
      const w = window as unknown as { __frames: FrameWatch };
      const idle = () => new Promise((ok) => requestIdleCallback(ok));
      await idle();
      const before = w.__frames.asked;
      await idle();
      await idle();
      return w.__frames.asked - before;
    });
    expect(asked).toBe(0);
    expect({ playing: await app.page.getAttribute('#play', 'aria-pressed'), errors: app.errors }).toEqual({ playing: 'false', errors: [] });
    await app.close();
  }, 120_000);

  test('the next event moves the camera in a jump, not a flight', async () => {
    const app = await openReduced('?date=2025-09-02');
    const china = '.event-marker[data-event-id="fixture-controls-may"] .symbol';
    const before = await markerCentre(app.page, china);
    // The camera's next move, as MapLibre reports it: a jump starts and ends in one task,
    // with no animation frame in between; a flight spans the frames it is drawn in.
    await app.page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const w = window as unknown as { __move: Promise<{ framesBetween: boolean; moves: number }> };
      w.__move = new Promise((done) => {
        map.once('movestart', () => {
          let framesBetween = false;
          let moves = 0;
          const frame = requestAnimationFrame(() => {
            framesBetween = true;
          });
          const onMove = () => moves++;
          map.on('move', onMove);
          map.once('moveend', () => {
            cancelAnimationFrame(frame);
            map.off('move', onMove);
            done({ framesBetween, moves });
          });
        });
      });
    });
    await app.page.focus('#timeline');
    await app.page.keyboard.press('PageUp'); // to 3 September, the Korea deal: the camera reframes
    // The camera moves after the paint that shows the new date (src/dom/afterPaint.ts): wait
    // for the first frame in which the marker has moved at all, and take the arc's place there.
    await app.page.waitForFunction(
      ({ sel, x, y }) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return Math.hypot(r.x + r.width / 2 - x, r.y + r.height / 2 - y) > 5;
      },
      { sel: china, x: before.x, y: before.y },
      { polling: 10, timeout: 10_000 },
    );
    const first = await arcEnds(app.page, 'fixture-korea');
    const move = await app.page.evaluate(() => (window as unknown as { __move: Promise<{ framesBetween: boolean; moves: number }> }).__move);
    await mapIdle(app.page);
    const settled = await arcEnds(app.page, 'fixture-korea');
    // The camera did move (a marker that stays drawn is elsewhere on screen)…
    expect(distance(before, await markerCentre(app.page, china))).toBeGreaterThan(5);
    // …in one step: movestart, one move, moveend, with no frame drawn in between…
    expect(move).toEqual({ framesBetween: false, moves: 1 });
    // …and where the arc is drawn at the first moved frame is where it stays once idle: no glide.
    expect(distance(first.start, settled.start)).toBeLessThan(1);
    expect(app.errors).toEqual([]);
    await app.close();
  }, 120_000);
});
