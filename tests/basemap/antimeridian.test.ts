import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { cutLine, cutPolygon, unwrapLongitudes, withoutMeridianEdges } from '../../src/basemap/antimeridian';

function maxStep(ring: Position[]): number {
  return Math.max(0, ...ring.slice(1).map((p, i) => Math.abs((p[0] as number) - ((ring[i] as Position)[0] as number))));
}

function inRange(ring: Position[]): boolean {
  return ring.every(([x]) => (x as number) >= -180 && (x as number) <= 180);
}

describe('cutPolygon(polygon)', () => {
  it('returns a ring that does not cross the antimeridian unchanged', () => {
    const ring = [
      [130, -30],
      [150, -30],
      [150, -10],
      [130, -10],
      [130, -30],
    ];
    expect(cutPolygon([ring])).toEqual([[ring]]);
  });

  it('cuts a ring crossing 180° into two rings, one on each side', () => {
    const ring = [
      [170, -20],
      [-170, -20],
      [-170, -10],
      [170, -10],
      [170, -20],
    ];
    const pieces = cutPolygon([ring]);
    expect(pieces).toHaveLength(2);
    const [west, east] = pieces.map((polygon) => polygon[0] as Position[]);
    expect(Math.max(...(west as Position[]).map(([x]) => x as number))).toBe(180);
    expect(Math.min(...(east as Position[]).map(([x]) => x as number))).toBe(-180);
  });

  it('leaves no segment longer than 180° of longitude after a cut', () => {
    const ring = [
      [170, -20],
      [-170, -20],
      [-175, -10],
      [175, -12],
      [170, -20],
    ];
    const rings = cutPolygon([ring]).flat();
    expect(rings.every((r) => maxStep(r) <= 180 && inRange(r))).toBe(true);
  });

  it('closes every ring it cuts', () => {
    const ring = [
      [170, -20],
      [-170, -20],
      [-170, -10],
      [170, -10],
      [170, -20],
    ];
    const rings = cutPolygon([ring]).flat();
    expect(rings.every((r) => JSON.stringify(r[0]) === JSON.stringify(r[r.length - 1]))).toBe(true);
  });

  it('keeps a hole with the piece it lies in', () => {
    const shell = [
      [170, -20],
      [-170, -20],
      [-170, -10],
      [170, -10],
      [170, -20],
    ];
    const hole = [
      [172, -18],
      [174, -18],
      [174, -16],
      [172, -16],
      [172, -18],
    ];
    const holes = cutPolygon([shell, hole]).map((polygon) => polygon.length - 1);
    expect(holes.sort()).toEqual([0, 1]);
  });

  it('rewrites -180 as 180 inside a ring lying west of the antimeridian (Natural Earth Russia)', () => {
    const ring = [
      [179.8, 69],
      [-180, 68.9],
      [-180, 65],
      [179.8, 65],
      [179.8, 69],
    ];
    const rings = cutPolygon([ring]).flat();
    expect(rings).toEqual([
      [
        [179.8, 69],
        [180, 68.9],
        [180, 65],
        [179.8, 65],
        [179.8, 69],
      ],
    ]);
  });

  it('throws when a ring encircles a pole', () => {
    const ring = [
      [-180, -80],
      [-90, -80],
      [0, -80],
      [90, -80],
      [180, -80],
    ];
    expect(() => cutPolygon([ring])).toThrow(RangeError);
  });
});

describe('cutLine(line)', () => {
  it('returns a line that does not cross the antimeridian as one piece', () => {
    const line = [
      [100, 0],
      [120, 10],
      [140, 5],
    ];
    expect(cutLine(line)).toEqual([line]);
  });

  it('splits a line crossing 180° at the interpolated latitude', () => {
    expect(
      cutLine([
        [170, 0],
        [-170, 10],
      ]),
    ).toEqual([
      [
        [170, 0],
        [180, 5],
      ],
      [
        [-180, 5],
        [-170, 10],
      ],
    ]);
  });

  it('splits a line at a vertex lying exactly on 180°', () => {
    const pieces = cutLine([
      [179, 0],
      [180, 1],
      [-179, 2],
    ]);
    expect(pieces.every(inRange)).toBe(true);
  });
});

describe('withoutMeridianEdges(line)', () => {
  it('drops a segment that runs along ±180', () => {
    expect(
      withoutMeridianEdges([
        [179, 60],
        [180, 60],
        [180, 65],
        [179, 65],
      ]),
    ).toEqual([
      [
        [179, 60],
        [180, 60],
      ],
      [
        [180, 65],
        [179, 65],
      ],
    ]);
  });
});

describe('unwrapLongitudes(coordinates)', () => {
  it('makes every step in longitude 180° or less', () => {
    expect(
      maxStep(
        unwrapLongitudes([
          [170, 0],
          [-170, 0],
          [-150, 0],
          [170, 0],
        ]),
      ),
    ).toBeLessThanOrEqual(180);
  });
});
