// prefers-reduced-motion: reduce. No camera flight (the camera jumps), no flow animation, no
// autoplay, and nothing keeps drawing once the map is idle. Frames are counted by wrapping
// requestAnimationFrame, which MapLibre, d3 and the overlay all call through window.
import { useSession } from './support/session';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { arcEnds, distance, markerCentre } from './support/dom';
import { waitForReady } from './support/page';

// On the fixture story (dist-fixture/): 2 Sep 2025 is the day before its first deal.
const session = useSession({ story: 'fixture' });

/** requestAnimationFrame calls made during `ms` milliseconds after `act` runs. */
function framesDuring(page: Page, ms: number, act: () => Promise<void> = async () => {}): Promise<number> {
  return (async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __raf?: number; __rafOriginal?: typeof requestAnimationFrame };
      w.__raf = 0;
      if (!w.__rafOriginal) {
        w.__rafOriginal = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (cb) => {
          w.__raf! += 1;
          return w.__rafOriginal!(cb);
        };
      }
    });
    await act();
    await page.waitForTimeout(ms);
    return page.evaluate(() => (window as unknown as { __raf: number }).__raf);
  })();
}

/** The app in a context that prefers reduced motion from the first request. */
async function openReduced(query: string) {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.server.origin}/index.html${query}`);
  await waitForReady(page, errors);
  return { page, errors, close: () => context.close() };
}

describe('under prefers-reduced-motion: reduce', () => {
  test('once idle, no animation loop runs: no requestAnimationFrame and no running CSS animation over 2 s', async () => {
    const app = await openReduced('');
    await app.page.waitForTimeout(1500); // the first frames and MapLibre's label fade
    const frames = await framesDuring(app.page, 2000);
    const animations = await app.page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    const playing = await app.page.getAttribute('#play', 'aria-pressed');
    console.log(`[reduced-motion] idle: ${frames} requestAnimationFrame calls in 2 s, ${animations} running animations, play pressed: ${playing}`);
    // A loop would ask for about 120 frames in 2 s; a stray single frame (a late label
    // placement) is not one.
    expect(frames).toBeLessThanOrEqual(2);
    expect({ animations, playing, errors: app.errors }).toEqual({ animations: 0, playing: 'false', errors: [] });
    await app.close();
  }, 120_000);

  test('the next event moves the camera in a jump, not a flight', async () => {
    const app = await openReduced('?date=2025-09-02');
    await app.page.waitForTimeout(1500);
    const china = '.event-marker[data-event-id="fixture-controls-may"] .symbol';
    const before = await markerCentre(app.page, china);
    await app.page.focus('#timeline');
    let after: { start: { x: number; y: number } } | null = null;
    const frames = await framesDuring(app.page, 2000, async () => {
      await app.page.keyboard.press('PageUp'); // to 3 September, the Korea deal: the camera reframes
      // The camera moves after the paint that shows the new date (src/dom/afterPaint.ts): wait
      // for the first frame in which it has moved at all, and take the arc's place there.
      await app.page.waitForFunction(
        ({ sel, x, y }) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return Math.hypot(r.x + r.width / 2 - x, r.y + r.height / 2 - y) > 5;
        },
        { sel: china, x: before.x, y: before.y },
        { polling: 10, timeout: 10_000 },
      );
      after = await arcEnds(app.page, 'fixture-korea');
    });
    const settledEnds = await arcEnds(app.page, 'fixture-korea');
    // The camera did move (a marker that stays drawn is elsewhere on screen)…
    expect(distance(before, await markerCentre(app.page, china))).toBeGreaterThan(5);
    console.log(`[reduced-motion] next event: ${frames} requestAnimationFrame calls in 2 s`);
    // …and where the arc is drawn straight after the key press is where it stays: no glide.
    expect(Math.hypot(after!.start.x - settledEnds.start.x, after!.start.y - settledEnds.start.y)).toBeLessThan(1);
    // A 1.4 s flight would ask for about 80 frames; a jump, a handful (the camera, the labels
    // and the map summary each wait for one frame after the paint: src/dom/afterPaint.ts).
    expect(frames).toBeLessThan(25);
    await app.close();
  }, 120_000);
});
