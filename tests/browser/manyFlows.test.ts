// Many flows: above 50 the deal lines are drawn by MapLibre (src/overlay/flows/), the
// markers stay SVG buttons. On the fixture build with 60 synthetic deals served as its
// events file (support/manyFlows.ts): 63 deals in force at the default date.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSession } from './support/session';
import { openApp, screenshot } from './support/page';
import { distance, frames, markerCentre, settled, type Point } from './support/dom';
import { pixelAt } from './support/pixels';
import { manyFlowsEvents, manyFlowsRoutes } from './support/manyFlows';

const SYNTHETIC = 60;
const IN_FORCE = SYNTHETIC + 3;
const session = useSession({ story: 'fixture', serve: { routes: manyFlowsRoutes(SYNTHETIC) } });

/** What the map holds for the flows: the source's features, the layers in order, and the feature states. */
function lineLayer(page: Page) {
  return page.evaluate(async () => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const source = map.getSource<import('maplibre-gl').GeoJSONSource>('flows');
    const data = source ? ((await source.getData()) as GeoJSON.FeatureCollection) : null;
    const ids = data ? data.features.map((f) => String(f.properties?.id)) : [];
    const state = (id: string) => map.getFeatureState({ source: 'flows', id }) as { inForce?: boolean; active?: boolean };
    return {
      renderer: document.querySelector('.flows-renderer')?.getAttribute('data-renderer') ?? null,
      layers: map.getStyle().layers.map((l) => l.id),
      features: ids.length,
      inForce: ids.filter((id) => state(id).inForce).sort(),
      active: ids.filter((id) => state(id).active),
      svgArcs: document.querySelectorAll('path.flow-arc').length,
    };
  });
}

/** Counts the times the flows source starts loading new data from now on (a rebuild: not a tile of it, not a state change). */
function countSourceLoads(page: Page): Promise<void> {
  return page.evaluate(() => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const w = window as unknown as { __flowLoads: number };
    w.__flowLoads = 0;
    map.on('sourcedataloading', (e) => {
      if (e.sourceId === 'flows' && !e.tile) w.__flowLoads++;
    });
  });
}

/** Where MapLibre draws [lon, lat], in viewport pixels, on the world copy nearest the view centre. */
function projected(page: Page, lonLat: readonly [number, number]): Promise<Point> {
  return page.evaluate(([lon, lat]) => {
    const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
    const p = map.project([lon! + 360 * Math.round((map.getCenter().lng - lon!) / 360), lat!]);
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, lonLat);
}

/** Resolves once the map has loaded every tile in view and drawn them (its `idle`). */
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

const sourceLoads = (page: Page) => page.evaluate(() => (window as unknown as { __flowLoads: number }).__flowLoads);

describe('many flows (63 in force)', () => {
  test('are one MapLibre line source with a feature per deal, its layers above the coastline', async () => {
    const app = await openApp(session.browser, session.server);
    const drawn = await lineLayer(app.page);
    expect(drawn.renderer).toBe('maplibre');
    expect(drawn.svgArcs).toBe(0);
    expect(drawn.features).toBe(IN_FORCE);
    expect(drawn.inForce).toHaveLength(IN_FORCE);
    const at = (id: string) => drawn.layers.indexOf(id);
    expect(drawn.layers.slice(at('basemap-coastline'))).toEqual(['basemap-coastline', 'flows-casing', 'flows-line']);
    // The current deal (the fixture's last, New Zealand) is the one active line.
    expect(drawn.active).toEqual(['fixture-new-zealand']);
    // Once MapLibre has tiled them, the lines in the view are rendered features carrying the deal ids.
    await mapIdle(app.page);
    const rendered = await app.page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      return new Set(map.queryRenderedFeatures({ layers: ['flows-line'] }).map((f) => f.id)).size;
    });
    expect(rendered).toBeGreaterThan(IN_FORCE / 2);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('hover, selection and the date change feature states, never the source', async () => {
    const app = await openApp(session.browser, session.server);
    await countSourceLoads(app.page);
    const marker = await app.page.$$eval('.partner-marker[data-deal^="synthetic-"]', (els) => els.map((e) => e.getAttribute('data-deal')!));
    // The last marker is drawn on top of the others, so the pointer reaches it whatever overlaps.
    const hovered = marker.at(-1)!;
    await app.page.hover(`.partner-marker[data-deal="${hovered}"] .hit`);
    expect((await lineLayer(app.page)).active).toEqual([hovered]);
    expect(await app.page.evaluate(() => !document.querySelector<HTMLElement>('#deal-tooltip')!.hidden)).toBe(true);

    // Selecting a deal: its card opens and it stays the active line once the pointer leaves.
    await app.page.click(`.partner-marker[data-deal="${hovered}"] .hit`);
    await app.page.mouse.move(5, 5);
    await settled(app.page, () => lineLayer(app.page));
    expect(await app.page.evaluate(() => document.querySelector<HTMLElement>('#event-card')?.dataset.eventId)).toBe(hovered);
    expect((await lineLayer(app.page)).active).toEqual([hovered]);

    // The first event is before every deal: nothing in force, nothing active.
    await app.page.focus('#timeline');
    await app.page.keyboard.press('Home');
    await frames(app.page, 2);
    const before = await lineLayer(app.page);
    expect(before.inForce).toEqual([]);
    expect(before.active).toEqual([]);
    expect(before.features).toBe(IN_FORCE);
    expect(await app.page.$$eval('.partner-marker', (els) => els.length)).toBe(0);

    expect(await sourceLoads(app.page)).toBe(0);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('partner markers are keyboard-focusable buttons with accessible names, only for the deals in or near the view', async () => {
    const app = await openApp(session.browser, session.server);
    const markers = await app.page.$$eval('.partner-marker', (els) =>
      els
        .filter((el) => el.getBoundingClientRect().width > 0)
        .map((el) => {
          const box = el.querySelector('.dot')!.getBoundingClientRect();
          return {
            deal: el.getAttribute('data-deal'),
            role: el.getAttribute('role'),
            tabindex: el.getAttribute('tabindex'),
            name: el.getAttribute('aria-label') ?? '',
            x: box.x,
            y: box.y,
          };
        }),
    );
    expect(markers.length).toBeGreaterThan(0);
    expect(markers.length).toBeLessThanOrEqual(IN_FORCE);
    for (const m of markers) {
      expect(m.role).toBe('button');
      // The partner's name as the map writes it, then the deal.
      expect(m.name).toMatch(/(South Korea|Philippines|New Zealand|Japan).*\. Show details\.$/);
      expect(m.tabindex).toBe('0');
      // Within the view, or within the culling margin (800 px) of it.
      expect(m.x).toBeGreaterThan(-810);
      expect(m.x).toBeLessThan(1280 + 810);
    }
    expect(markers.find((m) => m.deal === 'synthetic-0')?.name).toBe('South Korea: Synthetic flow 0, No dollar figure. Show details.');

    // Tab from the map reaches a marker (after the few event markers, within 10 presses);
    // Enter opens its card and moves focus there.
    await app.page.focus('canvas.maplibregl-canvas');
    let focused: string | null = null;
    for (let presses = 0; presses < 10 && focused === null; presses++) {
      await app.page.keyboard.press('Tab');
      focused = await app.page.evaluate(() => document.activeElement?.closest('.partner-marker')?.getAttribute('data-deal') ?? null);
    }
    expect(focused, 'no partner marker within 10 Tab presses of the map').not.toBeNull();
    await app.page.keyboard.press('Enter');
    await app.page.waitForFunction(() => document.activeElement?.id === 'event-card-title');
    expect(await app.page.evaluate(() => document.querySelector<HTMLElement>('#event-card')?.dataset.eventId)).toBe(focused);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('partner markers sit where map.project puts their places, after pans (one group transform) and a zoom', async () => {
    const app = await openApp(session.browser, session.server);
    const targets = manyFlowsEvents(SYNTHETIC)
      .filter((e) => e.id.startsWith('synthetic-'))
      .slice(0, 8)
      .map((e) => ({ id: e.id, lonLat: [e.deal!.target.lon, e.deal!.target.lat] as const }));
    const misplaced = async () => {
      await frames(app.page, 2);
      const off: string[] = [];
      for (const { id, lonLat } of targets) {
        const marker = await markerCentre(app.page, `.partner-marker[data-deal="${id}"] .dot`);
        const map = await projected(app.page, lonLat);
        if (distance(marker, map) > 1) off.push(`${id}: marker ${JSON.stringify(marker)}, map.project ${JSON.stringify(map)}`);
      }
      return off;
    };
    expect(await misplaced()).toEqual([]);
    for (const [x, y] of [
      [150, -40],
      [-300, 90],
    ]) {
      await app.page.evaluate(
        ([dx, dy]) => {
          (window as unknown as { __map: import('maplibre-gl').Map }).__map.panBy([dx!, dy!], { animate: false });
        },
        [x, y],
      );
      expect(await misplaced()).toEqual([]);
    }
    await app.page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      map.jumpTo({ zoom: map.getZoom() + 0.4 });
    });
    expect(await misplaced()).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('markers far off screen are not displayed, except a focused one, and come back', async () => {
    const app = await openApp(session.browser, session.server);
    const drawnMarkers = () =>
      app.page.$$eval('.partner-marker', (els) => els.filter((el) => el.getBoundingClientRect().width > 0).map((el) => el.getAttribute('data-deal')));
    expect(await drawnMarkers()).toHaveLength(IN_FORCE);
    await app.page.focus('.partner-marker[data-deal="synthetic-0"]');
    const jump = (center: [number, number], zoom: number) =>
      app.page.evaluate(
        ([c, z]) => {
          (window as unknown as { __map: import('maplibre-gl').Map }).__map.jumpTo({ center: c, zoom: z });
        },
        [center, zoom] as const,
      );
    // Over the Atlantic every partner is off screen; the focused one stays, focused.
    await jump([-40, 30], 4);
    await frames(app.page, 2);
    expect(await drawnMarkers()).toEqual(['synthetic-0']);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-deal'))).toBe('synthetic-0');
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await jump([160, 0], 1.5);
    await frames(app.page, 2);
    expect(await drawnMarkers()).toHaveLength(IN_FORCE);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('the lines show in a screenshot, in the US blue, and go when their layers are hidden', async () => {
    const app = await openApp(session.browser, session.server);
    await settled(app.page, () => app.page.evaluate(() => (window as unknown as { __map: import('maplibre-gl').Map }).__map.getCenter().toArray()));
    await mapIdle(app.page);
    await screenshot(app.page, 'many-flows-1280');
    // A point on a line: the middle vertex of a rendered line, where no marker sits.
    const point = await app.page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      const box = map.getCanvas().getBoundingClientRect();
      for (const f of map.queryRenderedFeatures({ layers: ['flows-line'] })) {
        const line = (f.geometry as GeoJSON.LineString).coordinates;
        const p = map.project(line[Math.floor(line.length / 2)] as [number, number]);
        const x = Math.round(box.left + p.x);
        const y = Math.round(box.top + p.y);
        const hit = document.elementFromPoint(x, y);
        if (
          x > 20 &&
          y > 20 &&
          x < box.right - 20 &&
          y < box.bottom - 20 &&
          hit?.closest('.partner-marker, .event-marker, .production-symbol, .tooltip, .card') === null
        ) {
          if (map.queryRenderedFeatures([p.x, p.y], { layers: ['flows-line'] }).length > 0) return { x, y };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    const [r, g, b] = await pixelAt(app.page, point!.x, point!.y);
    expect(b - r).toBeGreaterThan(60);
    await app.page.evaluate(() => {
      const map = (window as unknown as { __map: import('maplibre-gl').Map }).__map;
      for (const id of ['flows-casing', 'flows-line']) map.setLayoutProperty(id, 'visibility', 'none');
    });
    await frames(app.page, 3);
    const [r2, g2, b2] = await pixelAt(app.page, point!.x, point!.y);
    expect(Math.abs(r2 - r) + Math.abs(g2 - g) + Math.abs(b2 - b)).toBeGreaterThan(60);
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('in forced-colours mode are SVG lines, which the browser recolours', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, forcedColors: 'active' });
    const page = await context.newPage();
    await page.goto(`${session.server.origin}/index.html`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 45_000 });
    const drawn = await lineLayer(page);
    expect(drawn.renderer).toBe('svg');
    expect(drawn.svgArcs).toBe(IN_FORCE);
    expect(drawn.layers).not.toContain('flows-line');
    await context.close();
  });
});

describe('many flows when the WebGL context is lost for good', () => {
  test('move to SVG lines on the SVG map', async () => {
    const app = await openApp(session.browser, session.server);
    expect((await lineLayer(app.page)).renderer).toBe('maplibre');
    await app.page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
      (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await app.page.waitForSelector('#map[data-renderer="svg"]', { timeout: 10_000 });
    await app.page.waitForSelector('.flows-renderer[data-renderer="svg"]', { timeout: 5_000 });
    expect(await app.page.$$eval('path.flow-arc', (els) => els.length)).toBe(IN_FORCE);
    expect(await app.page.$$eval(`.partner-marker[data-deal^="synthetic-"]`, (els) => els.length)).toBe(SYNTHETIC);
    expect(app.errors).toEqual([]);
    await app.close();
  });
});
