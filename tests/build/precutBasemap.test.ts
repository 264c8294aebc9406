import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type BasemapTopology, basemapGeoJSON } from '../../src/basemap/basemap';
import { precutBasemap } from '../../src/build/precutBasemap';

const raw = readFileSync(resolve(__dirname, '../../public/basemap/world.topo.json'), 'utf8');
const source = JSON.parse(raw) as BasemapTopology;
const slow = basemapGeoJSON(source);
const precut = precutBasemap(source);
const fast = basemapGeoJSON(precut);

const rings = (coords: Position[][][]) => coords.flat();
const maxStep = (line: Position[]) => Math.max(0, ...line.slice(1).map((p, i) => Math.abs((p[0] as number) - (line[i]![0] as number))));

describe('precutBasemap(topology), decoded by basemapGeoJSON', () => {
  it('gives the same countries, with the same ids and names, in the same order', () => {
    expect(fast.countries.features.map((f) => [f.id, f.properties.name])).toEqual(slow.countries.features.map((f) => [f.id, f.properties.name]));
    expect(fast.countries.features.map((f) => f.geometry.coordinates.length)).toEqual(slow.countries.features.map((f) => f.geometry.coordinates.length));
  });

  it('keeps every piece cut at the antimeridian: longitudes within ±180°, no step of 180° or more', () => {
    const all = [
      ...fast.countries.features.flatMap((f) => rings(f.geometry.coordinates)),
      ...rings(fast.land.features[0]!.geometry.coordinates),
      ...fast.borders.geometry.coordinates,
      ...fast.coastline.geometry.coordinates,
    ];
    expect(all.length).toBeGreaterThan(100);
    // Gathered, then one assertion: an expect per vertex took seconds on a loaded machine.
    const outside = all.flat().filter(([lon]) => Math.abs(lon as number) > 180);
    const jumps = all.filter((line) => maxStep(line) >= 180);
    expect({ outside: outside.slice(0, 5), jumps: jumps.length }).toEqual({ outside: [], jumps: 0 });
  });

  it('moves no vertex by more than the source grid (about 0.012° by 0.005°)', () => {
    // Rings may start at another vertex once rebuilt from arcs, so each vertex is matched to
    // the nearest one of the same country, through a grid of 0.05° cells.
    let worst = 0;
    slow.countries.features.forEach((country, i) => {
      const cells = new Map<string, Position[]>();
      const key = (x: number, y: number) => `${Math.floor(x / 0.05)},${Math.floor(y / 0.05)}`;
      for (const p of rings(country.geometry.coordinates).flat()) {
        const k = key(p[0] as number, p[1] as number);
        cells.set(k, [...(cells.get(k) ?? []), p]);
      }
      for (const [x, y] of rings(fast.countries.features[i]!.geometry.coordinates).flat() as [number, number][]) {
        let best = Infinity;
        for (const dx of [-1, 0, 1])
          for (const dy of [-1, 0, 1]) {
            for (const q of cells.get(`${Math.floor(x / 0.05) + dx},${Math.floor(y / 0.05) + dy}`) ?? [])
              best = Math.min(best, Math.max(Math.abs(x - (q[0] as number)), Math.abs(y - (q[1] as number))));
          }
        worst = Math.max(worst, best);
      }
    });
    expect(worst).toBeLessThan(0.013);
  });

  it('is about the size of the source topology (shared edges stay shared arcs)', () => {
    const before = gzipSync(raw).length;
    const after = gzipSync(JSON.stringify(precut)).length;
    expect(after).toBeLessThan(before * 1.5);
  });
});
