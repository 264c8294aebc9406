import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { basemapGeoJSON, type BasemapTopology } from '../../src/basemap/basemap';

function load(): BasemapTopology {
  return JSON.parse(readFileSync(resolve(__dirname, '../../public/basemap/world.topo.json'), 'utf8')) as BasemapTopology;
}

function segments(lines: Position[][]): [Position, Position][] {
  return lines.flatMap((line) => line.slice(1).map((p, i) => [line[i] as Position, p] as [Position, Position]));
}

function longestStep(lines: Position[][]): number {
  return Math.max(...segments(lines).map(([a, b]) => Math.abs((a[0] as number) - (b[0] as number))));
}

describe('basemapGeoJSON(topology)', () => {
  it('has the story countries by ISO numeric id', () => {
    const ids = basemapGeoJSON(load()).countries.features.map((f) => f.properties.id);
    // US, Australia, Malaysia, Thailand, Japan, China
    expect(ids).toEqual(expect.arrayContaining(['840', '036', '458', '764', '392', '156']));
  });

  it('copies the id into the properties with the name', () => {
    const japan = basemapGeoJSON(load()).countries.features.find((f) => f.id === '392');
    expect(japan?.properties).toEqual({ id: '392', name: 'Japan' });
  });

  it('drops Antarctica', () => {
    const ids = basemapGeoJSON(load()).countries.features.map((f) => f.properties.id);
    expect(ids).not.toContain('010');
  });

  it('returns a non-empty border mesh', () => {
    expect(basemapGeoJSON(load()).borders.geometry.coordinates.length).toBeGreaterThan(100);
  });

  it('draws each shared border once', () => {
    const keys = segments(basemapGeoJSON(load()).borders.geometry.coordinates).map(([a, b]) =>
      [a, b]
        .map((p) => p.join(','))
        .sort()
        .join(' '),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no country ring with a step longer than 180° of longitude', () => {
    const rings = basemapGeoJSON(load()).countries.features.flatMap((f) => f.geometry.coordinates.flat());
    expect(longestStep(rings)).toBeLessThanOrEqual(180);
  });

  it('has no land ring with a step longer than 180° of longitude', () => {
    const rings = basemapGeoJSON(load()).land.features.flatMap((f) => f.geometry.coordinates.flat());
    expect(longestStep(rings)).toBeLessThanOrEqual(180);
  });

  it('has no border or coastline step longer than 180° of longitude', () => {
    const { borders, coastline } = basemapGeoJSON(load());
    expect(longestStep([...borders.geometry.coordinates, ...coastline.geometry.coordinates])).toBeLessThanOrEqual(180);
  });

  it('keeps every coordinate within [-180, 180]', () => {
    const rings = basemapGeoJSON(load()).countries.features.flatMap((f) => f.geometry.coordinates.flat(2));
    expect(rings.every(([x]) => (x as number) >= -180 && (x as number) <= 180)).toBe(true);
  });

  it('draws no coastline along the antimeridian cut', () => {
    const along = segments(basemapGeoJSON(load()).coastline.geometry.coordinates).filter(
      ([a, b]) => Math.abs(a[0] as number) === 180 && Math.abs(b[0] as number) === 180,
    );
    expect(along).toEqual([]);
  });
});
