// The first view is in the HTML (src/build/firstViewPlugin.ts): the map's picture paints
// before any script runs. The SVG map then takes it over, and MapLibre takes over from the
// SVG map once it has drawn the same view (src/renderer/storyMap.ts, handOver). The reader
// must see no jump at either step: the pictures are compared pixel by pixel, each pixel
// against the other's within 1 px. MapLibre is held back by holding its worker script, so
// the preview can be looked at for as long as the test needs, then released.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSession } from './support/session';
import { screenshot, waitForReady } from './support/page';
import { distance, drawnDeals, markerCentre } from './support/dom';

const session = useSession({ story: 'fixture' });

interface Held {
  release(): void;
}

/** Holds the MapLibre worker script until released: MapLibre cannot load, the preview stays. */
async function holdMapLibre(page: Page): Promise<Held> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/maplibre-gl-worker[^/]*\.m?js$/, async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

async function openHeld(width: number, height: number, query = '') {
  const context = await session.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const held = await holdMapLibre(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${session.server.origin}/index.html${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('story-drawn').length > 0, undefined, { timeout: 45_000 });
  return { page, held, errors, close: () => context.close() };
}

/**
 * The map's box as a PNG, country names and all: they are the overlay's on both renderers
 * (src/overlay/labelsLayer.ts), so the hand-over must leave every one of them in place.
 */
async function mapPicture(page: Page, phase: 'preview' | 'maplibre'): Promise<Buffer> {
  if (phase === 'maplibre')
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
          map.once('idle', () => resolve());
          map.triggerRepaint();
        }),
    );
  // Two frames, so what was changed above is on screen.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const box = (await page.locator('#map').boundingBox())!;
  return page.screenshot({ clip: box });
}

/**
 * Compares two same-sized pictures in the page (which decodes the PNGs): a pixel matches if
 * the other picture has a pixel of nearly the same colour (each channel within `tolerance`)
 * at most 1 px away. Returns how many pixels of each match nothing, and where the first are.
 */
function compareWithin1px(page: Page, a: Buffer, b: Buffer, tolerance: number) {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const decode = async (b64: string) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [ia, ib] = [await decode(a), await decode(b)];
      const { width, height } = ia;
      const missing = (p: ImageData, q: ImageData) => {
        let count = 0;
        const where: [number, number][] = [];
        for (let y = 0; y < height; y++)
          for (let x = 0; x < width; x++) {
            const i = (y * width + x) * 4;
            let found = false;
            for (let dy = -1; dy <= 1 && !found; dy++)
              for (let dx = -1; dx <= 1 && !found; dx++) {
                const [xx, yy] = [x + dx, y + dy];
                if (xx < 0 || yy < 0 || xx >= width || yy >= height) continue;
                const j = (yy * width + xx) * 4;
                found =
                  Math.abs(p.data[i]! - q.data[j]!) <= tolerance &&
                  Math.abs(p.data[i + 1]! - q.data[j + 1]!) <= tolerance &&
                  Math.abs(p.data[i + 2]! - q.data[j + 2]!) <= tolerance;
              }
            if (!found) {
              count++;
              if (where.length < 5) where.push([x, y]);
            }
          }
        return { count, where };
      };
      return { size: [width, height, ib.width, ib.height], aInB: missing(ia, ib), bInA: missing(ib, ia) };
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  );
}

/** Centres of the map's markers (partners and China's events), left to right, in page pixels. */
function markerCentres(page: Page, scope: string) {
  return page.evaluate((root) => {
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    };
    const all = (sel: string) => [...document.querySelectorAll(`${root} ${sel}`)].map(centre).sort((a, b) => a.x - b.x);
    return { partners: all('.partner-marker .dot'), events: all('.event-marker .symbol') };
  }, scope);
}

/** Five points along each arc (in page pixels, to the nearest pixel), arcs ordered by where they end. */
function arcPoints(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const arcs = [...document.querySelectorAll<SVGPathElement>(sel)].map((path) => {
      const ctm = path.getScreenCTM()!;
      const length = path.getTotalLength();
      return [0, 0.25, 0.5, 0.75, 1].map((t) => {
        const p = new DOMPoint(path.getPointAtLength(t * length).x, path.getPointAtLength(t * length).y).matrixTransform(ctm);
        return { x: Math.round(p.x), y: Math.round(p.y) };
      });
    });
    return arcs.sort((a, b) => a[4]!.x - b[4]!.x || a[4]!.y - b[4]!.y || a[0]!.x - b[0]!.x);
  }, selector);
}

/**
 * The map box with only the basemap showing (overlays, labels and buttons hidden), as a PNG.
 * MapLibre's controls, made while it loads unseen, go too (a child of a hidden box that sets
 * its own visibility would still show).
 */
async function basemapOnly(page: Page, box: { x: number; y: number; width: number; height: number }, scripts = true): Promise<Buffer> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<SVGElement | HTMLElement>(
      '.fv-flows, .fv-marks, .flows-overlay, .svg-map-controls, .maplibregl-control-container, #map .timeline-date',
    ))
      el.style.visibility = 'hidden';
    for (const el of document.querySelectorAll<HTMLElement>('.maplibregl-control-container')) el.style.display = 'none';
  });
  // Two frames, so the change is on screen (a page without scripts runs no frame callbacks; its screenshot paints anew).
  if (scripts) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.screenshot({ clip: box });
}

/** The first view as the HTML alone draws it: JavaScript off. */
async function withoutScript(width: number, height: number) {
  const context = await session.browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, reducedMotion: 'reduce', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${session.server.origin}/index.html`);
  await screenshot(page, `first-view-no-script-${width}`);
  const box = (await page.locator('.fv-shell-page #map').boundingBox())!;
  const counts = await page.evaluate(() => ({
    flows: document.querySelectorAll('.fv-shell-page .fv-flows .flow-arc').length,
    partners: document.querySelectorAll('.fv-shell-page .fv-marks .partner-marker').length,
    land: [...document.querySelectorAll('.fv-defs .fv-land path')].reduce((n, p) => n + (p.getAttribute('d')?.length ?? 0), 0),
    text: document.querySelector('.fv-shell-page .fv')?.textContent ?? '',
    headline: document.querySelector('.fv-shell-page h1')?.textContent ?? '',
  }));
  const markers = await markerCentres(page, '.fv-shell-page .fv');
  const arcs = await arcPoints(page, '.fv-shell-page .fv-flows path.flow-arc');
  const picture = await basemapOnly(page, box, false);
  await context.close();
  return { box, counts, markers, arcs, picture };
}

describe('the first view in the HTML, then the SVG map', () => {
  test.each([
    { width: 1280, height: 800 },
    { width: 375, height: 800 },
  ])('at $width px: painted with JavaScript off (land, lines, markers, no text), and the live map takes it over in place', async ({ width, height }) => {
    const still = await withoutScript(width, height);
    expect(still.counts.land).toBeGreaterThan(1000);
    expect(still.counts.flows).toBeGreaterThan(0);
    expect(still.counts.partners).toBe(still.counts.flows);
    expect(still.counts.text.trim()).toBe('');
    expect(still.counts.headline.length).toBeGreaterThan(10);

    const app = await openHeld(width, height);
    // The picture has gone: the live map and overlays draw the view now, in the same box.
    expect(await app.page.locator('.fv, .fv-defs').count()).toBe(0);
    const box = (await app.page.locator('#map').boundingBox())!;
    expect(box).toEqual(still.box);
    await screenshot(app.page, `first-view-preview-${width}`);
    // Every marker where the picture had it (the lines run between them).
    const live = await markerCentres(app.page, '#map .flows-overlay');
    expect(live.partners.length).toBe(still.markers.partners.length);
    expect(live.events.length).toBe(still.markers.events.length);
    for (const kind of ['partners', 'events'] as const)
      for (const [i, m] of live[kind].entries()) {
        expect(Math.abs(m.x - still.markers[kind][i]!.x), `${kind} ${i}`).toBeLessThanOrEqual(0.5);
        expect(Math.abs(m.y - still.markers[kind][i]!.y), `${kind} ${i}`).toBeLessThanOrEqual(0.5);
      }
    // The lines: each arc's points where the picture drew them.
    expect(await arcPoints(app.page, '#map .flows-overlay path.flow-arc')).toEqual(
      still.arcs.map((arc) => arc.map((p) => expect.objectContaining({ x: expect.closeTo(p.x, 0), y: expect.closeTo(p.y, 0) }))),
    );
    // The basemap: the picture's SVG and the preview's canvas draw the same paths.
    const preview = await basemapOnly(app.page, box);
    const diff = await compareWithin1px(app.page, still.picture, preview, 40);
    const total = box.width * box.height;
    expect(diff.size[0]).toBe(diff.size[2]);
    // Measured: about 1 pixel in 100,000 unmatched (a coast's antialiasing), against 7–10 in
    // 10,000 for the same picture 3 px aside (land and sea differ by less than the colour
    // tolerance, so only the coast and the borders tell).
    expect(diff.aInB.count / total, `first-view pixels missing in the preview's, e.g. at ${JSON.stringify(diff.aInB.where)}`).toBeLessThan(1e-4);
    expect(diff.bInA.count / total, `preview pixels missing in the first view's, e.g. at ${JSON.stringify(diff.bInA.where)}`).toBeLessThan(1e-4);
    // The comparison can see a jump: the same picture taken 3 px to the side fails it.
    const aside = await app.page.screenshot({ clip: { ...box, x: box.x + 3, width: box.width - 3 } });
    const cropped = await app.page.screenshot({ clip: { ...box, width: box.width - 3 } });
    expect((await compareWithin1px(app.page, cropped, aside, 40)).aInB.count / total).toBeGreaterThan(3e-4);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});

describe('SVG first paint, then MapLibre', () => {
  test.each([
    { width: 1280, height: 800, query: '', page: 'full page' },
    { width: 375, height: 800, query: '?embed=1', page: 'embed' },
  ])('$page at $width px: MapLibre takes over with the same pixels (within 1 px), flows and markers unmoved', async ({ width, height, query }) => {
    const app = await openHeld(width, height, query);
    // The story is on screen before MapLibre has loaded: the preview draws it, flows and all.
    expect(await app.page.getAttribute('#map', 'data-renderer')).toBe('preview');
    expect(await app.page.evaluate(() => document.documentElement.dataset.state)).toBe('loading');
    const deals = await drawnDeals(app.page);
    expect(deals.length).toBeGreaterThan(0);
    const markersBefore = await Promise.all(deals.map((d) => markerCentre(app.page, `.partner-marker[data-deal="${d}"] .dot`)));
    const before = await mapPicture(app.page, 'preview');
    await screenshot(app.page, `hand-over-preview-${width}`);

    app.held.release();
    await waitForReady(app.page, app.errors);
    expect(await app.page.getAttribute('#map', 'data-renderer')).toBe('webgl');
    // The preview is gone (reduced motion: no fade), MapLibre's own controls are in.
    expect(await app.page.locator('.svg-map-picture, .svg-map-controls').count()).toBe(0);
    expect(await app.page.locator('.maplibregl-ctrl-zoom-in').count()).toBe(1);
    expect(await drawnDeals(app.page)).toEqual(deals);
    const markersAfter = await Promise.all(deals.map((d) => markerCentre(app.page, `.partner-marker[data-deal="${d}"] .dot`)));
    for (const [i, m] of markersAfter.entries()) {
      expect(Math.abs(m.x - markersBefore[i]!.x), deals[i]).toBeLessThanOrEqual(0.5);
      expect(Math.abs(m.y - markersBefore[i]!.y), deals[i]).toBeLessThanOrEqual(0.5);
    }
    const after = await mapPicture(app.page, 'maplibre');
    await screenshot(app.page, `hand-over-maplibre-${width}`);

    // Land, sea, tints, borders, coast, flows, markers and zoom buttons: every pixel of each
    // picture has its colour within 1 px in the other. The tolerance is for antialiasing
    // of the hairline borders, drawn by Skia in one and by MapLibre's shaders in the other.
    const diff = await compareWithin1px(app.page, before, after, 40);
    const total = width * (await app.page.evaluate(() => document.getElementById('map')!.clientHeight));
    expect(diff.size[0]).toBe(diff.size[2]);
    expect(diff.size[1]).toBe(diff.size[3]);
    // Fewer than 1 pixel in 2,000 may differ (stray antialiasing where two thin lines meet).
    expect(diff.aInB.count / total, `preview pixels missing in MapLibre's, e.g. at ${JSON.stringify(diff.aInB.where)}`).toBeLessThan(5e-4);
    expect(diff.bInA.count / total, `MapLibre pixels missing in the preview's, e.g. at ${JSON.stringify(diff.bInA.where)}`).toBeLessThan(5e-4);
    // The comparison can see a jump: the same MapLibre picture taken 3 px to the side fails it.
    const box = (await app.page.locator('#map').boundingBox())!;
    const aside = await app.page.screenshot({ clip: { ...box, x: box.x + 3, width: box.width - 3 } });
    const cropped = await app.page.screenshot({ clip: { ...box, width: box.width - 3 } });
    const jumped = await compareWithin1px(app.page, cropped, aside, 40);
    expect(jumped.aInB.count / total).toBeGreaterThan(5e-3);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('a reader who moves the preview keeps the view: MapLibre takes over where they left it', async () => {
    const app = await openHeld(1280, 800);
    const korea = '.partner-marker[data-deal="fixture-korea"] .dot';
    const opened = await markerCentre(app.page, korea);
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    const moved = await markerCentre(app.page, korea);
    // The reader's move did move the preview (else "keeps the view" would hold of the default view).
    expect(distance(moved, opened)).toBeGreaterThan(20);
    app.held.release();
    await waitForReady(app.page, app.errors);
    const after = await markerCentre(app.page, korea);
    expect(Math.abs(after.x - moved.x)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(after.y - moved.y)).toBeLessThanOrEqual(0.5);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('keyboard focus on the preview map passes to MapLibre’s canvas at the hand-over', async () => {
    const app = await openHeld(1280, 800);
    await app.page.focus('#map');
    expect(await app.page.evaluate(() => document.activeElement?.id)).toBe('map');
    app.held.release();
    await waitForReady(app.page, app.errors);
    expect(await app.page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    expect(await app.page.evaluate(() => document.getElementById('map')!.hasAttribute('tabindex'))).toBe(false);
    await app.close();
  });
});
