import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MercatorCoordinate } from 'maplibre-gl';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryData } from '../../src/data/types';
import { basemapGeoJSON, type BasemapGeoJSON } from '../../src/basemap/basemap';
import { cameraFor, initialBounds } from '../../src/camera/initialView';
import { dealsInForce } from '../../src/state/selectors';
import { renderStill } from '../../src/still/renderStill';
import { readFixtureStory } from '../support/storyData';

const root = resolve(__dirname, '../..');
let data: StoryData;
let basemap: BasemapGeoJSON;

// The fixture story (tests/fixtures/story): a fixed story, so only the renderer can change these results.
beforeAll(() => {
  data = readFixtureStory();
  basemap = basemapGeoJSON(JSON.parse(readFileSync(resolve(root, 'public/basemap/world.topo.json'), 'utf8')));
});

/** Every element's attributes, by a regex over the string (the renderer writes one attribute syntax). */
function elements(svg: string, name: string, cls?: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))]
    .map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])))
    .filter((a) => cls === undefined || (a.class ?? '').split(' ').includes(cls));
}

function translateOf(transform: string | undefined): [number, number] {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(transform ?? '');
  if (!m) throw new Error(`no translate in ${transform}`);
  return [Number(m[1]), Number(m[2])];
}

/** Balanced tags, one root: enough to know that a browser's XML parser will accept it. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([\w:-]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0 && svg.startsWith('<svg');
}

/** Where MapLibre draws [lon, lat] under this camera: its own MercatorCoordinate, 512 px tiles, the nearest world copy. */
function maplibreScreen(camera: { center: [number, number]; zoom: number }, width: number, height: number, lonLat: [number, number]): [number, number] {
  const c = MercatorCoordinate.fromLngLat(camera.center);
  const p = MercatorCoordinate.fromLngLat(lonLat);
  const scale = 512 * 2 ** camera.zoom;
  const dx = p.x - c.x - Math.round(p.x - c.x);
  return [width / 2 + dx * scale, height / 2 + (p.y - c.y) * scale];
}

const VIEWS = [
  { date: '2025-09-17', deal: null, width: 800, height: 600 },
  { date: '2025-09-17', deal: 'fixture-new-zealand', width: 800, height: 600 },
  { date: '2025-09-10', deal: 'fixture-philippines', width: 1200, height: 630 },
] as const;

describe('renderStill({data, basemap, date, deal, width, height})', () => {
  for (const view of VIEWS) {
    const name = `${view.date}, deal ${view.deal}, ${view.width}×${view.height}`;

    it(`draws a flow and a partner marker for every deal in force and no other (${name})`, () => {
      const svg = renderStill({ data, basemap, ...view });
      const expected = dealsInForce(data.events, view.date)
        .map((e) => e.id)
        .sort();
      expect(expected.length).toBeGreaterThan(0);
      expect(
        elements(svg, 'g', 'flow')
          .map((a) => a['data-deal'])
          .sort(),
      ).toEqual(expected);
      expect(
        elements(svg, 'g', 'partner-marker')
          .map((a) => a['data-deal'])
          .sort(),
      ).toEqual(expected);
      expect(elements(svg, 'g', 'origin-marker')).toHaveLength(1);
    });

    it(`puts every partner marker within 1 px of where MapLibre projects it (${name})`, () => {
      const svg = renderStill({ data, basemap, ...view });
      const [map] = elements(svg, 'g', 'still-map');
      const [lon, lat, zoom] = map!['data-camera']!.split(',').map(Number) as [number, number, number];
      const clip = elements(svg, 'rect').find((r) => r.width !== undefined && Number(r.height) < view.height)!;
      const [w, h] = [Number(clip.width), Number(clip.height)];
      const markers = elements(svg, 'g', 'partner-marker');
      expect(markers.length).toBeGreaterThan(0);
      for (const marker of markers) {
        const target = data.events.find((e) => e.id === marker['data-deal'])!.deal!.target;
        const [x, y] = maplibreScreen({ center: [lon, lat], zoom }, w, h, [target.lon, target.lat]);
        const [sx, sy] = translateOf(marker.transform);
        expect(Math.abs(sx - x)).toBeLessThan(1);
        // Markers sit inside the map's group: its coordinates are the map box's own pixels.
        expect(Math.abs(sy - y)).toBeLessThan(1);
      }
    });

    it(`is well-formed and carries the headline, the date line and the credits (${name})`, () => {
      const svg = renderStill({ data, basemap, ...view });
      expect(wellFormed(svg)).toBe(true);
      const words = svg
        .replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ');
      expect(words).toContain(data.story.headline.split(' ').slice(0, 4).join(' '));
      expect(words).toContain('September 2025');
      for (const chunk of data.story.credits.split(' ').slice(0, 6)) expect(words).toContain(chunk);
    });
  }

  it('frames the story like the live map’s first view when no deal is open', () => {
    const svg = renderStill({ data, basemap, date: '2025-09-17', deal: null, width: 800, height: 600 });
    const [map] = elements(svg, 'g', 'still-map');
    const clip = elements(svg, 'rect').find((r) => Number(r.height) < 600 && r.width === '800')!;
    const expected = cameraFor(initialBounds(), 800, Number(clip.height), 16);
    const [lon, lat, zoom] = map!['data-camera']!.split(',').map(Number);
    expect(lon).toBeCloseTo(expected.center[0], 6);
    expect(lat).toBeCloseTo(expected.center[1], 6);
    expect(zoom).toBeCloseTo(expected.zoom, 6);
  });

  it('draws China’s latest export-control event reached by the date', () => {
    const svg = renderStill({ data, basemap, date: '2025-10-15', deal: null, width: 800, height: 600 });
    const ids = elements(svg, 'g', 'event-marker').map((a) => a['data-event-id']);
    const controls = data.events.filter((e) => (e.kind === 'export-control' || e.kind === 'suspension') && e.date <= '2025-10-15');
    expect(ids).toContain(controls.at(-1)!.id);
  });

  it('draws no flow before the first deal', () => {
    const first = data.events.find((e) => e.deal)!.date;
    const before = data.events.filter((e) => e.date < first).at(-1)!.date;
    const svg = renderStill({ data, basemap, date: before, deal: null, width: 800, height: 600 });
    expect(elements(svg, 'g', 'flow')).toHaveLength(0);
    expect(elements(svg, 'g', 'partner-marker')).toHaveLength(0);
  });

  it('embeds the fonts as WOFF2 data: URLs when given', () => {
    const svg = renderStill({ data, basemap, date: '2025-09-17', deal: null, width: 640, height: 480, fonts: { regular: 'AAAA', bold: 'BBBB' } });
    expect(svg).toContain("src:url(data:font/woff2;base64,AAAA) format('woff2')");
    expect(svg).toContain('font-weight:700;src:url(data:font/woff2;base64,BBBB)');
  });

  it('escapes text from the data', () => {
    const story = { ...data.story, headline: 'Rocks & <minerals>' };
    const svg = renderStill({ data: { ...data, story }, basemap, date: '2025-09-17', deal: null, width: 800, height: 600 });
    expect(svg).toContain('Rocks &amp; &lt;minerals&gt;');
    expect(svg).not.toContain('<minerals>');
  });
});
