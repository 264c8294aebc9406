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
const MIN_AREA = 0.02;
/** Land polygons smaller than this (square degrees of spherical-ish area) are dropped. */
const MIN_RING = 0.08;
/**
 * The coast is the land's outline less the cut along ±180°: drawn as the land path's stroke,
 * clipped this far (world units) from the seam, it costs no second copy of every coastline.
 */
const SEAM = 0.15;
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

  // The basemap, simplified for the first view's zoom, in tenths of a world unit.
  const simplified = simplify(presimplify(structuredClone(topology) as unknown as Topology<Objects>), MIN_AREA);
  const basemap = basemapGeoJSON(filter(simplified, filterWeight(simplified, MIN_RING)) as unknown as BasemapTopology);
  const highlight = new Set(data.parties.map((p) => p.iso).filter((iso): iso is string => iso !== null));
  const rings = (features: readonly { geometry: { coordinates: number[][][][] } }[]) => features.flatMap((f) => f.geometry.coordinates.flat());
  const land = pathData(rings(basemap.land.features), true);
  const highlighted = pathData(rings(basemap.countries.features.filter((f) => f.properties.id !== undefined && highlight.has(f.properties.id))), true);
  const borders = pathData(basemap.borders.geometry.coordinates, false);
  const scale = `scale(${UNIT})`;
  const seam = SEAM / UNIT;
  const defs = tag(
    'svg',
    { class: 'fv-defs', 'aria-hidden': 'true', focusable: 'false', width: 0, height: 0 },
    tag(
      'defs',
      {},
      tag('clipPath', { id: 'fv-seam', clipPathUnits: 'userSpaceOnUse' }, tag('rect', { x: seam, y: -1e5, width: WORLD_SIZE / UNIT - 2 * seam, height: 2e5 })),
      // The outline alone: filled as land and stroked as the coast, both through <use>, whose
      // fill and stroke it inherits. Non-colour properties are attributes: a <use> clone keeps them.
      tag('path', { id: FIRST_VIEW_IDS.land, d: land, ...LINE }),
      tag(
        'g',
        { id: FIRST_VIEW_IDS.world, transform: scale },
        tag('use', { href: `#${FIRST_VIEW_IDS.land}`, class: 'fv-land' }),
        tag('path', { id: FIRST_VIEW_IDS.highlight, class: 'fv-highlight', d: highlighted }),
        tag('path', { id: FIRST_VIEW_IDS.borders, class: 'fv-borders', d: borders, fill: 'none', ...LINE }),
        tag('use', { href: `#${FIRST_VIEW_IDS.land}`, class: 'fv-coast', 'clip-path': 'url(#fv-seam)' }),
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
          { class: m.id === active ? `event-marker kind-${m.kind} is-active` : `event-marker kind-${m.kind}` },
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

/**
 * Rings or lines (degrees) → SVG path data in integer tenths of a world unit, relative
 * moves after the first point, repeated points dropped: a third of d3-geo's absolute output.
 */
function pathData(lines: readonly (readonly (readonly number[])[])[], closed: boolean): string {
  let out = '';
  for (const line of lines) {
    let d = '';
    let [px, py] = [0, 0];
    let points = 0;
    for (const position of line) {
      const [x, y] = toWorld([position[0]!, position[1]!]);
      const [ix, iy] = [Math.round(x / UNIT), Math.round(y / UNIT)];
      if (points === 0) d = `M${ix} ${iy}l`;
      else {
        const [dx, dy] = [ix - px, iy - py];
        if (dx === 0 && dy === 0) continue;
        d += `${dx >= 0 && points > 1 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
      }
      [px, py] = [ix, iy];
      points++;
    }
    if (points >= (closed ? 3 : 2)) out += d + (closed ? 'z' : '');
  }
  return out;
}

function num(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
