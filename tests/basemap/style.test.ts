import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basemapGeoJSON, type BasemapTopology } from '../../src/basemap/basemap';
import { basemapStyle, palette } from '../../src/basemap/style';
import { parseLabels } from '../../src/data/labelsSchema';
import { contrast } from '../support/contrast';

function style(highlight: string[] = ['840', '036', '458', '764', '392']) {
  const topology = JSON.parse(readFileSync(resolve(__dirname, '../../public/basemap/world.topo.json'), 'utf8')) as BasemapTopology;
  return basemapStyle({ basemap: basemapGeoJSON(topology), highlight });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('basemapStyle(options)', () => {
  it('requests no URL at all: no fonts, no glyphs, no sprite, no tiles', () => {
    const s = style();
    const urls = strings(s).filter((t) => /^[a-z][a-z0-9+.-]*:\/\//i.test(t) || t.startsWith('//'));
    expect(urls).toEqual([]);
    expect([s.glyphs, s.sprite, s['font-faces']]).toEqual([undefined, undefined, undefined]);
  });

  it("draws no text: the country names are the overlay's (src/overlay/labelsLayer.ts)", () => {
    expect(style().layers.filter((l) => l.type === 'symbol')).toEqual([]);
  });

  it('inlines every source as GeoJSON data, not a URL', () => {
    const sources = Object.values(style().sources);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((source) => source.type === 'geojson' && typeof source.data === 'object')).toBe(true);
  });

  it('draws sea, land, highlight, borders and coastline, bottom to top', () => {
    expect(style().layers.map((l) => l.type)).toEqual(['background', 'fill', 'fill', 'line', 'line']);
  });

  it('tints exactly the highlighted countries', () => {
    const highlight = style(['392']).layers.find((l) => l.id === 'basemap-highlight');
    expect(highlight && 'filter' in highlight ? highlight.filter : null).toEqual(['in', ['get', 'id'], ['literal', ['392']]]);
  });

  it('keeps label text at 4.5:1 or more against sea, land and highlight', () => {
    const ratios = [palette.label, palette.labelMuted].flatMap((text) =>
      [palette.sea, palette.land, palette.landHighlight, palette.labelHalo].map((ground) => contrast(text, ground)),
    );
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('data/labels.json', () => {
  // Its schema (ids, names, [lon, lat] in range) is parseLabels' and is tested there; what the
  // map adds is Web Mercator's edge: a label beyond 85° of latitude would never be drawn.
  it('places every label where Web Mercator draws it (within ±85° of latitude)', () => {
    const labels = parseLabels(JSON.parse(readFileSync(resolve(__dirname, '../../data/labels.json'), 'utf8')));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter(({ at: [, lat] }) => Math.abs(lat) > 85).map((l) => l.name)).toEqual([]);
  });
});
