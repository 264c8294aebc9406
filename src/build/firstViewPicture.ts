// The first view's picture, written into index.html at build (src/build/firstViewPlugin.ts),
// so the page shows the story's map before any script, data or basemap has arrived: land,
// borders, coast, the deal lines and every marker of the default view, and no text (the
// script adds the labels, in the page's language). Colours come from CSS classes (the
// live overlay's own, and .fv-* for the basemap) so a theme set before the first paint
// recolours it. The geometry is exactly the live map's first view at any size of the map's
// box: the basemap and the lines sit in an SVG whose viewBox is the first view's bounds,
// fitted with `meet` inside the box less the camera's 16 px padding, which is what
// fitWorldBox computes; the markers, which keep their size in pixels at any zoom, are placed
// by CSS from the box's size (container query units), one rule per marker.
import type { Objects, Topology } from 'topojson-specification';
import { filter, filterWeight, presimplify, simplify } from 'topojson-simplify';
import { basemapGeoJSON, type BasemapTopology } from '../basemap/basemap.ts';
import { initialBounds } from '../camera/initialView.ts';
import type { StoryData } from '../data/types.ts';
import { toWorld, WORLD_SIZE } from '../geo/mercator.ts';
import { nearestCopy } from '../geo/wrap.ts';
import { LINE_WIDTHS, lineWidthAt } from '../basemap/style.ts';
import { viewDeriver } from '../state/deriveView.ts';
import { storyModel } from '../state/storyModel.ts';
import { tag } from '../still/svgString.ts';
import { FIRST_VIEW_IDS, FIRST_VIEW_UNIT } from '../renderer/firstViewIds.ts';

/** The camera's padding around the first view (src/renderer/createMap.ts, svgMap.ts), px. */
export const FIRST_VIEW_PADDING = 16;
const UNIT = FIRST_VIEW_UNIT;
/**
 * Visvalingam area below which a vertex goes, in square degrees: about half a pixel of
 * error at the widest first view (zoom 1.6). The picture is replaced by the full basemap
 * (drawn from these same paths by the SVG preview until the reader moves it) within seconds.
 */
const MIN_AREA = 0.03;
/** Land polygons smaller than this (square degrees of spherical-ish area) are dropped. */
const MIN_RING = 0.08;
/** The cells the basemap is cut into: 4 × 4 over the world square (128 world units each). */
const GRID = 4;
/** How far inside its cell (world units) a land cell's outline is stroked as coast: a little more than half the stroke at the widest first view. */
const SEAM = 0.12;
/** How far (world units) each cell's shapes reach into its neighbours'. */
const OVERLAP = 0.3;
const LINE = { 'vector-effect': 'non-scaling-stroke', 'stroke-linejoin': 'round' } as const;

export interface FirstViewPicture {
  /** The basemap's shapes, once, for the pictures to <use> (and the preview's canvas to read). */
  readonly defs: string;
  /** The picture itself, for the map's box; `id` tells the page's and the embed's apart. */
  picture(id: string): string;
  /** The rules that place the markers and the lines' width, appended to firstView.css. */
  readonly css: string;
}

export function firstViewPicture(data: StoryData, topology: BasemapTopology): FirstViewPicture {
  const model = storyModel(data);
  const view = viewDeriver(model)({ date: data.story.defaultDate, selectedId: null, hoverId: null, playing: false });
  const [[west, south], [east, north]] = initialBounds();
  const [x0, y0] = toWorld([west, north]);
  const [x1, y1] = toWorld([east, south]);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const [bw, bh] = [x1 - x0, y1 - y0];

  // The basemap, simplified for the first view's zoom, in tenths of a world unit, and cut
  // into cells: a raster tile then draws only the few paths whose box it meets, not the
  // whole world's (a software GL takes seconds to rasterise every coast in every tile).
  const simplified = simplify(presimplify(structuredClone(topology) as unknown as Topology<Objects>), MIN_AREA);
  const basemap = basemapGeoJSON(filter(simplified, filterWeight(simplified, MIN_RING)) as unknown as BasemapTopology);
  const highlight = new Set(data.parties.map((p) => p.iso).filter((iso): iso is string => iso !== null));
  const rings = (features: readonly { geometry: { coordinates: number[][][][] } }[]) => features.flatMap((f) => f.geometry.coordinates).map(projectRings);
  const highlighted = basemap.countries.features.filter((f) => f.properties.id !== undefined && highlight.has(f.properties.id));
  const land = CELLS.map(cellPolygons(rings(basemap.land.features)));
  const cells = CELLS.map((cell, i) => ({ cell, i, d: land[i]! })).filter((c) => c.d !== '');
  const joined = (draw: (cell: Cell) => string) => CELLS.map(draw).filter((d) => d !== '');
  // The coast is each land cell's outline, stroked inside its cell less SEAM: the cut edges
  // along the cell's sides (and along ±180°) fall outside, and no second copy of every
  // coastline is shipped. Non-colour properties are attributes, which <use> clones keep.
  const defs = tag(
    'svg',
    { class: 'fv-defs', 'aria-hidden': 'true', focusable: 'false', width: 0, height: 0 },
    tag(
      'defs',
      {},
      ...cells.map(({ cell: [x0, y0, x1, y1], i }) =>
        tag(
          'clipPath',
          { id: `fv-cell-${i}`, clipPathUnits: 'userSpaceOnUse' },
          tag('rect', { x: (x0 + SEAM) / UNIT, y: (y0 + SEAM) / UNIT, width: (x1 - x0 - 2 * SEAM) / UNIT, height: (y1 - y0 - 2 * SEAM) / UNIT }),
        ),
      ),
      tag(
        'g',
        { id: FIRST_VIEW_IDS.world, transform: `scale(${UNIT})` },
        tag('g', { class: FIRST_VIEW_IDS.land }, ...cells.map(({ d, i }) => tag('path', { id: `fv-land-${i}`, d, ...LINE }))),
        tag('g', { class: FIRST_VIEW_IDS.highlight }, ...joined(cellPolygons(rings(highlighted))).map((d) => tag('path', { d }))),
        tag(
          'g',
          { class: FIRST_VIEW_IDS.borders },
          ...joined(cellLines(basemap.borders.geometry.coordinates.map(projectLine))).map((d) => tag('path', { d, fill: 'none', ...LINE })),
        ),
        tag('g', { class: FIRST_VIEW_IDS.coastline }, ...cells.map(({ i }) => tag('use', { href: `#fv-land-${i}`, 'clip-path': `url(#fv-cell-${i})` }))),
      ),
    ),
  );

  // The view straddles ±180°: the world copies that any box may show, one world width apart.
  const copies = [-1, 0, 1, 2].map((c) => tag('use', { href: `#${FIRST_VIEW_IDS.world}`, x: c * WORLD_SIZE }));
  const active = view.activeId;
  const flows = [...view.flows].sort((a, b) => Number(a.id === active) - Number(b.id === active));
  const lines = flows.map((f) =>
    tag(
      'g',
      { class: f.id === active ? 'flow is-active' : 'flow', transform: `translate(${nearestCopy(f.midX, cx, WORLD_SIZE) * WORLD_SIZE},0)` },
      tag('path', { class: 'flow-casing', d: f.d }),
      tag('path', { class: 'flow-arc', d: f.d }),
    ),
  );
  const fitted = { viewBox: `${x0} ${y0} ${bw} ${bh}`, preserveAspectRatio: 'xMidYMid meet' };

  // Markers: one CSS rule each, placing it where toScreen() puts it in the live overlay.
  const rules: string[] = [];
  const at = (world: readonly [number, number], ...children: string[]) => {
    const i = rules.length;
    const dx = world[0] + nearestCopy(world[0], cx, WORLD_SIZE) * WORLD_SIZE - cx;
    const dy = world[1] - cy;
    rules.push(`.fv-at-${i}{transform:translate(calc(50cqw + ${num(dx)} * var(--fv-k)),calc(50cqh + ${num(dy)} * var(--fv-k)))}`);
    return tag('g', { class: `fv-at fv-at-${i}` }, ...children);
  };
  const below = [
    ...model.production.map((m) => at(m.world, tag('circle', { class: `production-symbol iso-${m.iso}`, r: m.r }))),
    ...view.eventMarks.map((m) =>
      at(
        m.world,
        tag(
          'g',
          { class: `event-marker kind-${m.kind} actor-${m.actor}${m.id === active ? ' is-active' : ''}` },
          tag('path', { class: 'symbol', d: 'M0,-8L8,0L0,8L-8,0Z' }),
        ),
      ),
    ),
  ];
  const above = [
    model.origin && flows.length > 0 ? at(model.origin.world, tag('g', { class: 'origin-marker' }, tag('circle', { class: 'dot', r: 5 }))) : '',
    ...flows.map((f) =>
      at(f.target, tag('g', { class: f.id === active ? 'partner-marker is-active' : 'partner-marker' }, tag('circle', { class: 'dot', r: 6 }))),
    ),
  ];

  const widths = `.fv-borders{stroke-width:${lineWidthAt(LINE_WIDTHS.borders, 1)}px}.fv-coast{stroke-width:${lineWidthAt(LINE_WIDTHS.coastline, 1)}px}`;
  const flowWidth = `.fv .flow{--flow-width:${flows[0]?.width ?? 3}px}`;
  const k = `.fv{--fv-k:min((100cqw - ${2 * FIRST_VIEW_PADDING}px) / ${num(bw)},(100cqh - ${2 * FIRST_VIEW_PADDING}px) / ${num(bh)})}`;

  return {
    defs,
    picture: (id) =>
      tag(
        'div',
        { class: 'fv', id, 'aria-hidden': 'true' },
        tag('svg', { class: 'fv-fitted fv-basemap', focusable: 'false', ...fitted }, ...copies),
        tag('svg', { class: 'fv-marks', focusable: 'false' }, ...below),
        tag('svg', { class: 'fv-fitted fv-flows', focusable: 'false', ...fitted }, ...lines),
        tag('svg', { class: 'fv-marks', focusable: 'false' }, ...above),
      ),
    css: [k, widths, flowWidth, ...rules].join('\n'),
  };
}

type Point = readonly [number, number];
type Cell = readonly [number, number, number, number];

const CELLS: Cell[] = Array.from({ length: GRID * GRID }, (_, i) => {
  const size = WORLD_SIZE / GRID;
  const [col, row] = [i % GRID, Math.floor(i / GRID)];
  return [col * size, row * size, (col + 1) * size, (row + 1) * size];
});

/** A ring or line of [lon, lat] → world coordinates in path units (tenths of a world unit). */
function projectLine(line: readonly (readonly number[])[]): Point[] {
  return line.map((p) => {
    const [x, y] = toWorld([p[0]!, p[1]!]);
    return [x / UNIT, y / UNIT];
  });
}

function projectRings(polygon: readonly (readonly (readonly number[])[])[]): Point[][] {
  return polygon.map(projectLine);
}

/** Each polygon's rings clipped to a cell (Sutherland–Hodgman, per ring: holes stay holes under even-odd... and nonzero alike). */
function cellPolygons(polygons: readonly Point[][][]) {
  return ([x0, y0, x1, y1]: Cell): string => {
    const box = grown([x0, y0, x1, y1]);
    let out = '';
    for (const polygon of polygons)
      for (const ring of polygon) {
        if (!overlaps(bounds(ring), box)) continue;
        out += encode(clipRing(ring, box), true);
      }
    return out;
  };
}

/** Lines clipped to a cell: the pieces inside it. */
function cellLines(lines: readonly Point[][]) {
  return ([x0, y0, x1, y1]: Cell): string => {
    const box = grown([x0, y0, x1, y1]);
    let out = '';
    for (const line of lines) {
      if (!overlaps(bounds(line), box)) continue;
      for (const piece of clipLine(line, box)) out += encode(piece, false);
    }
    return out;
  };
}

type Box = readonly [number, number, number, number];

/**
 * A cell in path units, grown by OVERLAP on each side: neighbouring cells overlap a little,
 * so no antialiased seam of sea shows through where their fills meet.
 */
function grown([x0, y0, x1, y1]: Cell): Box {
  return [(x0 - OVERLAP) / UNIT, (y0 - OVERLAP) / UNIT, (x1 + OVERLAP) / UNIT, (y1 + OVERLAP) / UNIT];
}

function bounds(points: readonly Point[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

/** Sutherland–Hodgman against the four sides of `box`. */
function clipRing(ring: readonly Point[], [x0, y0, x1, y1]: Box): Point[] {
  const sides: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let points: Point[] = [...ring];
  for (const [inside, cross] of sides) {
    const next: Point[] = [];
    for (let i = 0; i < points.length; i++) {
      const [a, b] = [points[(i + points.length - 1) % points.length]!, points[i]!];
      if (inside(b)) {
        if (!inside(a)) next.push(cross(a, b));
        next.push(b);
      } else if (inside(a)) next.push(cross(a, b));
    }
    points = next;
    if (points.length === 0) break;
  }
  return points;
}

/** The parts of a polyline inside `box` (segments clipped by Liang–Barsky). */
function clipLine(line: readonly Point[], [x0, y0, x1, y1]: Box): Point[][] {
  const pieces: Point[][] = [];
  let current: Point[] = [];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    let [t0, t1] = [0, 1];
    let visible = true;
    for (const [p, q] of [
      [-dx, a[0] - x0],
      [dx, x1 - a[0]],
      [-dy, a[1] - y0],
      [dy, y1 - a[1]],
    ] as const) {
      if (p === 0) {
        if (q < 0) visible = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!visible || t0 > t1) {
      if (current.length > 1) pieces.push(current);
      current = [];
      continue;
    }
    const start: Point = [a[0] + t0 * dx, a[1] + t0 * dy];
    const end: Point = [a[0] + t1 * dx, a[1] + t1 * dy];
    if (current.length === 0 || t0 > 0) {
      if (current.length > 1) pieces.push(current);
      current = [start];
    }
    current.push(end);
    if (t1 < 1) {
      pieces.push(current);
      current = [];
    }
  }
  if (current.length > 1) pieces.push(current);
  return pieces;
}

/**
 * Points in path units → SVG path data: integers, relative moves after the first point,
 * repeated points dropped (a third of d3-geo's absolute output).
 */
function encode(points: readonly Point[], closed: boolean): string {
  let d = '';
  let [px, py] = [0, 0];
  let count = 0;
  for (const [x, y] of points) {
    const [ix, iy] = [Math.round(x), Math.round(y)];
    if (count === 0) d = `M${ix} ${iy}l`;
    else {
      const [dx, dy] = [ix - px, iy - py];
      if (dx === 0 && dy === 0) continue;
      d += `${dx >= 0 && count > 1 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
    }
    [px, py] = [ix, iy];
    count++;
  }
  return count >= (closed ? 3 : 2) ? d + (closed ? 'z' : '') : '';
}

function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
