import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { basemapPaths, worldProjection } from '../../../src/renderer/svg/basemapPaths';
import { basemapGeoJSON, type BasemapTopology } from '../../../src/basemap/basemap';
import { toWorld } from '../../../src/geo/mercator';

function basemap() {
  const topology = JSON.parse(readFileSync(resolve(__dirname, '../../../public/basemap/world.topo.json'), 'utf8')) as BasemapTopology;
  return basemapGeoJSON(topology);
}

/** Every x,y pair in an SVG path string. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('worldProjection', () => {
  it('agrees with geoMercator().scale(512 / 2π).translate([256, 256]) to a thousandth of a unit', () => {
    const mercator = geoMercator()
      .scale(512 / (2 * Math.PI))
      .translate([256, 256]);
    for (const p of [
      [0, 0],
      [151.2, -33.9],
      [-77.04, 38.9],
      [139.7, 35.7],
      [-179.9, 60],
      [179.9, -60],
    ] as [number, number][]) {
      const path = geoPath(worldProjection)({ type: 'Point', coordinates: p })!;
      const [x, y] = points(path)[0]!;
      const [mx, my] = mercator(p)!;
      expect(Math.abs(x - mx) + Math.abs(y - my)).toBeLessThan(1e-3);
    }
  });
});

describe('basemapPaths(basemap, highlight)', () => {
  it('draws every layer inside the one 512-unit world (the input is cut at ±180°)', () => {
    const paths = basemapPaths(basemap(), ['036']);
    for (const d of [paths.land, paths.highlight, paths.borders, paths.coastline]) {
      const xy = points(d);
      expect(xy.length).toBeGreaterThan(10);
      expect(Math.min(...xy.map((p) => p[0]))).toBeGreaterThanOrEqual(-1e-3);
      expect(Math.max(...xy.map((p) => p[0]))).toBeLessThanOrEqual(512 + 1e-3);
    }
  });

  it('tints only the story countries: Australia alone spans Perth to Sydney in x', () => {
    const xy = points(basemapPaths(basemap(), ['036']).highlight);
    const xs = xy.map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(toWorld([113.2, 0])[0], 0);
    expect(Math.max(...xs)).toBeCloseTo(toWorld([153.6, 0])[0], 0);
  });

  it('draws no highlight when no story country is given', () => {
    expect(basemapPaths(basemap(), []).highlight).toBe('');
  });
});
