import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../src/data/types';
import { flowLine } from '../../src/geo/flowLine';
import { flowLinesGeoJSON } from '../../src/marks/flowLinesGeoJSON';
import { pathData, pathPoints, prepareFlows } from '../../src/marks/prepareFlows';

const WASHINGTON = { name: 'Washington', lat: 38.8977, lon: -77.0365 };

function deal(id: string, target: { lat: number; lon: number }): StoryEvent {
  return {
    id,
    date: '2025-10-28',
    kind: 'framework',
    title: id,
    instrument: id,
    place: WASHINGTON,
    parties: ['US', 'XX'],
    deal: { partner: 'XX', origin: WASHINGTON, target: { name: id, ...target } },
    value: null,
    summary: id,
    sources: [],
  };
}

const lines = (...events: StoryEvent[]) => flowLinesGeoJSON(prepareFlows(events, (id) => id));

describe('pathPoints(d)', () => {
  it('returns the points pathData wrote, to its 3 decimals', () => {
    const points: [number, number][] = [
      [150.12345, 190.5],
      [-3.0004, 0],
      [600.9999, 511.25],
    ];
    expect(pathPoints(pathData(points))).toEqual([
      [150.123, 190.5],
      [-3, 0],
      [601, 511.25],
    ]);
  });

  it('throws on a path pathData did not write', () => {
    expect(() => pathPoints('M1,2C3,4 5,6 7,8')).toThrow(SyntaxError);
    expect(() => pathPoints('L1,2')).toThrow(SyntaxError);
    expect(() => pathPoints('')).toThrow(SyntaxError);
  });
});

describe('flowLinesGeoJSON(flows)', () => {
  it('gives one LineString per flow, carrying its id and width', () => {
    const { features } = lines(deal('to-tokyo', { lat: 35.68, lon: 139.69 }), deal('to-canberra', { lat: -35.28, lon: 149.13 }));
    expect(features.map((f) => [f.geometry.type, f.properties])).toEqual([
      ['LineString', { id: 'to-tokyo', width: 3 }],
      ['LineString', { id: 'to-canberra', width: 3 }],
    ]);
  });

  it("follows the flow's own line in degrees, within the path's rounding (0.001 world px ≈ 0.0007°)", () => {
    const [feature] = lines(deal('to-canberra', { lat: -35.28, lon: 149.13 })).features;
    const expected = flowLine([WASHINGTON.lon, WASHINGTON.lat], [149.13, -35.28]);
    expect(feature!.geometry.coordinates).toHaveLength(expected.length);
    feature!.geometry.coordinates.forEach(([lon, lat], i) => {
      expect(lon).toBeCloseTo(expected[i]![0], 2);
      expect(lat).toBeCloseTo(expected[i]![1], 2);
    });
  });

  it('runs on past −180° across the Pacific (Washington → Tokyo ends near −220°), never jumping across the map', () => {
    const [feature] = lines(deal('to-tokyo', { lat: 35.68, lon: 139.69 })).features;
    const lons = feature!.geometry.coordinates.map(([lon]) => lon!);
    expect(lons[0]).toBeCloseTo(-77.04, 2);
    expect(lons.at(-1)).toBeCloseTo(139.69 - 360, 2);
    expect(Math.min(...lons)).toBeLessThan(-180);
    for (let i = 1; i < lons.length; i++) expect(Math.abs(lons[i]! - lons[i - 1]!)).toBeLessThan(10);
  });

  it('heads west for a partner nearly opposite Washington (Kuala Lumpur), as the SVG line does', () => {
    const [feature] = lines(deal('to-kuala-lumpur', { lat: 3.139, lon: 101.687 })).features;
    const lons = feature!.geometry.coordinates.map(([lon]) => lon!);
    expect(lons.at(-1)).toBeCloseTo(101.687 - 360, 2);
    for (let i = 1; i < lons.length; i++) expect(lons[i]!).toBeLessThan(lons[i - 1]! + 1e-9);
  });
});
