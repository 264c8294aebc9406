import type { Position } from 'geojson';
import { bbox } from '../geo/bbox.ts';
import { unwrapLongitudes as unwrapAny } from '../geo/unwrap.ts';

// Cutting at the antimeridian, for geometry handed to MapLibre.
//
// MapLibre (like any planar renderer) joins consecutive vertices with straight lines in
// Web Mercator, so a segment from 179.9° to -179.9° is drawn the long way round: a streak
// across the whole map. Natural Earth already splits Russia and Fiji at ±180, but writes
// some vertices of rings that lie at +180 as -180, which is the same jump.
//
// Method: unwrap the longitudes so that no step exceeds 180° (adding multiples of 360°),
// then cut the unwrapped geometry into the 360°-wide strips [-180 + 360k, 180 + 360k] it
// touches, and shift each piece back by -360k. Polygons are clipped strip by strip with
// Sutherland–Hodgman (exterior and holes alike, which is exactly polygon ∩ strip); lines
// are split at each crossing with the crossing point interpolated linearly in lon/lat.
// A ring that encircles a pole cannot be unwrapped into a closed ring; it throws.

/** Vertices within this many degrees of ±180 are snapped onto it (quantization noise). */
const SNAP = 1e-9;

/** Returns a copy of `coordinates` (snapped) in which no step in longitude exceeds 180°, starting next to `start`. */
export function unwrapLongitudes(coordinates: readonly Position[], start = 0): Position[] {
  return unwrapAny(coordinates.map(snap), start);
}

/**
 * Cuts one polygon (exterior ring first, then holes) into pieces that each lie within
 * [-180, 180] and have no segment longer than 180° in longitude. A polygon that needs no cut
 * comes back as the only element, deep-equal to the input.
 */
export function cutPolygon(polygon: readonly (readonly Position[])[]): Position[][][] {
  const [exterior, ...holes] = polygon;
  if (!exterior || exterior.length < 4) return [];
  const outer = unwrapLongitudes(exterior);
  const first = outer[0] as Position;
  const last = outer[outer.length - 1] as Position;
  if (Math.abs((first[0] as number) - (last[0] as number)) > 180) {
    throw new RangeError('cutPolygon: the ring encircles a pole and cannot be cut at ±180');
  }
  // Holes are unwrapped into the same world copy as the exterior.
  const rings = [outer, ...holes.map((hole) => unwrapLongitudes(hole, first[0] as number))];
  const [min, max] = longitudeExtent(outer);
  const pieces: Position[][][] = [];
  for (let k = Math.ceil((min - 180) / 360); k <= Math.floor((max + 180) / 360); k++) {
    const west = -180 + 360 * k;
    const east = 180 + 360 * k;
    if (!(max > west && min < east)) continue; // touches the strip along its edge only
    const clipped = rings.map((ring) => clipRing(clipRing(ring, west, 'east'), east, 'west'));
    const [shell, ...inner] = clipped;
    if (!shell || shell.length < 4) continue;
    pieces.push([shell, ...inner.filter((ring) => ring.length >= 4)].map((ring) => shift(ring, -360 * k)));
  }
  return pieces;
}

/**
 * Cuts a line into pieces within [-180, 180] at every crossing of the antimeridian; the
 * pieces meet at ±180 at the interpolated latitude.
 */
export function cutLine(line: readonly Position[]): Position[][] {
  const unwrapped = unwrapLongitudes(line);
  const pieces: Position[][] = [];
  let current: Position[] = unwrapped.slice(0, 1);
  for (let i = 1; i < unwrapped.length; i++) {
    const a = unwrapped[i - 1] as Position;
    const b = unwrapped[i] as Position;
    for (const x of boundariesBetween(a[0] as number, b[0] as number)) {
      const crossing = interpolate(a, b, x);
      current.push(crossing);
      pieces.push(current);
      current = [crossing];
    }
    current.push(b);
    // A vertex exactly on a boundary also ends a piece, or a line through it would keep
    // both sides in one piece and be shifted into the wrong strip.
    if (i < unwrapped.length - 1 && isBoundary(b[0] as number)) {
      pieces.push(current);
      current = [b];
    }
  }
  pieces.push(current);
  return pieces
    .filter((piece) => piece.length >= 2)
    .map((piece) => {
      const [min, max] = longitudeExtent(piece);
      return shift(piece, -360 * Math.round((min + max) / 2 / 360));
    });
}

/**
 * Splits a line wherever a segment runs along ±180 itself. Those segments are the cut edges
 * of polygons split at the antimeridian (Chukotka, Fiji), which are not coastline.
 */
export function withoutMeridianEdges(line: readonly Position[]): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  line.forEach((point, i) => {
    const previous = line[i - 1];
    if (previous && onMeridian(previous) && onMeridian(point)) {
      if (current.length >= 2) pieces.push(current);
      current = [];
    }
    current.push(point);
  });
  if (current.length >= 2) pieces.push(current);
  return pieces;
}

/** Sutherland–Hodgman against one vertical line: keeps the side `keep` of x = edge. */
function clipRing(ring: readonly Position[], edge: number, keep: 'east' | 'west'): Position[] {
  const inside = (p: Position) => (keep === 'east' ? (p[0] as number) >= edge : (p[0] as number) <= edge);
  const out: Position[] = [];
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    if (inside(a)) pushDistinct(out, a);
    if (inside(a) !== inside(b)) pushDistinct(out, interpolate(a, b, edge));
  }
  const head = out[0];
  if (head) pushDistinct(out, head.slice());
  return out.length >= 4 ? out : [];
}

function interpolate(a: Position, b: Position, x: number): Position {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const t = (x - ax) / (bx - ax);
  return [x, ay + t * (by - ay)];
}

/** The boundaries 180 + 360k strictly between x0 and x1, in the order of travel. */
function boundariesBetween(x0: number, x1: number): number[] {
  const out: number[] = [];
  const lo = Math.min(x0, x1);
  const hi = Math.max(x0, x1);
  for (let x = 180 + 360 * Math.floor((lo - 180) / 360 + 1); x < hi; x += 360) if (x > lo) out.push(x);
  return x1 < x0 ? out.reverse() : out;
}

function isBoundary(x: number): boolean {
  return (x - 180) % 360 === 0;
}

function pushDistinct(out: Position[], p: Position): void {
  const last = out[out.length - 1];
  if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
}

function longitudeExtent(coordinates: readonly Position[]): [number, number] {
  const [[min], [max]] = bbox(coordinates);
  return [min, max];
}

function shift(coordinates: readonly Position[], dx: number): Position[] {
  return dx === 0 ? coordinates.map((p) => p.slice()) : coordinates.map(([x, ...rest]) => [(x as number) + dx, ...rest]);
}

function snap(point: Position): Position {
  const [x, ...rest] = point as [number, ...number[]];
  return Math.abs(Math.abs(x) - 180) < SNAP ? [Math.sign(x) * 180, ...rest] : [x, ...rest];
}

function onMeridian(point: Position): boolean {
  return Math.abs(Math.abs(point[0] as number) - 180) < SNAP;
}
