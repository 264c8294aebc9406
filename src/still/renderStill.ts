import labelData from '../../data/labels.json' with { type: 'json' };
import type { StoryData } from '../data/types.ts';
import { labelSize, placeLabels } from '../marks/placeLabels.ts';
import { basemapPaths } from '../renderer/svg/basemapPaths.ts';
import { toWorld, WORLD_SIZE } from '../geo/mercator.ts';
import { nearestCopy } from '../geo/wrap.ts';
import type { BasemapGeoJSON } from '../basemap/basemap.ts';
import { markGround, markPalettes } from '../marks/markPalette.ts';
import type { EventMark, ProductionMark } from '../marks/pointMarks.ts';
import type { FlowMark } from '../marks/prepareFlows.ts';
import { basemapPalettes, type CountryLabel } from '../basemap/style.ts';
import type { Theme } from '../theme/theme.ts';
import { groupTransform, toScreen, type Viewport } from '../overlay/viewport.ts';
import { viewDeriver, type View } from '../state/deriveView.ts';
import { storyModel, type OriginMark, type StoryModel } from '../state/storyModel.ts';
import { stillCamera, stillLayout, stillViewport, type StillFrame, type StillLayout } from './stillLayout.ts';
import { round, tag, text } from './svgString.ts';
import { EVENT_LABEL_SIZE, eventLabelLines } from '../marks/eventLabel.ts';
import { t } from '../i18n/locale.ts';
import { labelName } from '../i18n/labelNames.ts';
import { optionalItems } from '../marks/legendRows.ts';

export interface StillOptions {
  readonly data: StoryData;
  readonly basemap: BasemapGeoJSON;
  /** The view: a date inside the story and the open deal (any event id), or null. */
  readonly date: string;
  readonly deal: string | null;
  /** CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** Source Sans 3 WOFF2 files, base64: embedded as @font-face data: URLs when given. */
  readonly fonts?: { readonly regular: string; readonly bold: string };
  /** 'full' by default; 'date' leaves out the headline, the key and the credits (print). */
  readonly frame?: StillFrame;
  /** The story's model when the caller has it (src/state/storyModel.ts); built from `data` otherwise. */
  readonly model?: StoryModel;
  /** The page's theme (downloads follow the view); print and the build's images are light. Default light. */
  readonly theme?: Theme;
}

/** The colours of one theme: the page's marks, the basemap's, and the ground marks are ringed with. */
interface Ink {
  readonly ink: (typeof markPalettes)['light'];
  readonly map: (typeof basemapPalettes)['light'];
  readonly ground: string;
}

function inkOf(theme: Theme): Ink {
  return { ink: markPalettes[theme], map: basemapPalettes[theme], ground: markGround[theme] };
}

const FONT = "'Source Sans 3', 'Source Sans Pro', system-ui, sans-serif";

/**
 * A still of the story at one view, as a standalone SVG string: the basemap, the flows in
 * force at `date`, the partner, origin and event markers, the production circles and the
 * country labels, under the headline and the date and above a key and the credits. The
 * same geometry as the live map (world coordinates of src/geo/mercator.ts, prepared by
 * prepareFlows and pointMarks, placed with the same Viewport), so a marker lands on the
 * pixel MapLibre would draw it on. Builds a string, touches no DOM: it runs in the browser
 * (the downloads, print) and in Node (the build's social and fallback images).
 */
export function renderStill(o: StillOptions): string {
  const { data, width, height, date } = o;
  const c = inkOf(o.theme ?? 'light');
  const { ink, map: palette } = c;
  const layout = stillLayout(data, date, o.deal, width, height, o.frame);
  // The live map's own model and derivation (src/state/): the same marks, in force at the same dates.
  const model = o.model ?? storyModel(data);
  const view = viewDeriver(model)({ date, selectedId: o.deal, hoverId: null, playing: false });
  const camera = stillCamera(data, model.flows, o.deal, layout.map.width, layout.map.height);
  const v = stillViewport(camera, layout.map.width, layout.map.height);
  const active = view.activeId;
  const flows = [...view.flows].sort((a, b) => Number(a.id === active) - Number(b.id === active));

  const map = tag(
    'g',
    {
      class: 'still-map',
      transform: `translate(0,${round(layout.map.y)})`,
      'clip-path': 'url(#still-map-clip)',
      'data-camera': `${camera.center[0]},${camera.center[1]},${camera.zoom}`,
    },
    tag('rect', { width: layout.map.width, height: layout.map.height, fill: palette.sea }),
    basemap(o, v, c),
    production(model.production, v, c),
    countryLabels(data, view, v, c),
    flowLines(flows, active, v, c),
    eventMarkers(view.eventMarks, active, v, c),
    dealMarkers(model.origin, flows, active, v, c),
  );

  return tag(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      'font-family': FONT,
      role: 'img',
      'aria-labelledby': 'still-title',
    },
    tag('title', { id: 'still-title' }, text(`${data.story.headline}: ${layout.subline.text}`)),
    o.fonts ? tag('style', {}, fontFaces(o.fonts)) : null,
    tag('defs', {}, tag('clipPath', { id: 'still-map-clip' }, tag('rect', { width: layout.map.width, height: layout.map.height }))),
    tag('rect', { width, height, fill: ink.paper }),
    header(layout, c),
    map,
    layout.frame === 'full' ? key(data, layout, width, view.eventMarks, c) : null,
    layout.frame === 'full' ? credits(layout, c) : null,
  );
}

function fontFaces(fonts: NonNullable<StillOptions['fonts']>): string {
  const face = (weight: number, b64: string) =>
    `@font-face{font-family:'Source Sans 3';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${b64}) format('woff2')}`;
  return face(400, fonts.regular) + face(700, fonts.bold);
}

function header(l: StillLayout, { ink }: Ink): string {
  const { headline: hd, subline: sub, pad } = l;
  const lines = hd.lines.map((line, i) => tag('tspan', { x: pad, y: hd.y + i * hd.size * 1.15 }, text(line))).join('');
  return tag(
    'g',
    { class: 'still-header' },
    tag('text', { class: 'still-headline', 'font-size': hd.size, 'font-weight': 700, fill: ink.ink }, lines),
    tag('text', { class: 'still-date', x: pad, y: sub.y, 'font-size': sub.size, 'font-weight': 700, fill: ink.usStrong }, text(sub.text)),
  );
}

/** Land, the story countries, borders and coast: world-coordinate paths under each visible world copy's transform. */
function basemap(o: StillOptions, v: Viewport, { map: palette }: Ink): string {
  const highlight = o.data.parties.map((p) => p.iso).filter((iso): iso is string => iso !== null);
  // Two decimals of a world unit: under 0.1 px up to zoom 3, and a third less SVG to download.
  const p = basemapPaths(o.basemap, highlight, Math.log2(v.k) > 3 ? 3 : 2);
  // Strokes are divided by the scale: resvg does not support vector-effect="non-scaling-stroke".
  const world = tag(
    'g',
    { id: 'still-world' },
    tag('path', { d: p.land, fill: palette.land }),
    tag('path', { d: p.highlight, fill: palette.landHighlight }),
    tag('path', { d: p.borders, fill: 'none', stroke: palette.border, 'stroke-width': 0.75 / v.k, 'stroke-linejoin': 'round' }),
    tag('path', { d: p.coastline, fill: 'none', stroke: palette.coastline, 'stroke-width': 0.6 / v.k, 'stroke-linejoin': 'round' }),
  );
  return tag(
    'g',
    { class: 'still-basemap' },
    tag('defs', {}, world),
    ...worldCopies(v).map((copy) => tag('use', { href: '#still-world', transform: groupTransform(v, copy) })),
  );
}

/** The world copies that intersect the view (the view may straddle ±180°). */
function worldCopies(v: Viewport): number[] {
  const half = v.width / 2 / v.k;
  const first = Math.floor((v.cx - half) / WORLD_SIZE);
  const last = Math.floor((v.cx + half) / WORLD_SIZE);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function production(marks: readonly ProductionMark[], v: Viewport, { ink }: Ink): string {
  return tag(
    'g',
    { class: 'still-production' },
    ...marks.map((m) => {
      const [x, y] = toScreen(v, m.world);
      return tag('circle', {
        class: `production-symbol iso-${m.iso}`,
        cx: x,
        cy: y,
        r: m.r,
        fill: ink.production,
        'fill-opacity': 0.22,
        stroke: ink.production,
        'stroke-width': 1,
      });
    }),
  );
}

/** As the live map: story countries first, and no label where a partner marker already names the country. */
function countryLabels(data: StoryData, view: View, v: Viewport, { map: palette }: Ink): string {
  const hidden = new Set(view.hiddenLabels);
  const story = new Set(data.parties.map((p) => p.iso));
  const zoom = Math.log2(v.k);
  const candidates = (labelData.labels as CountryLabel[])
    .filter((l) => !hidden.has(l.id))
    .map((l) => ({
      ...l,
      name: labelName(l),
      story: story.has(l.id),
      screen: toScreen(v, toWorld(l.at)),
      size: labelSize(story.has(l.id), zoom),
    }));
  return tag(
    'g',
    { class: 'still-labels', 'text-anchor': 'middle', 'stroke-linejoin': 'round' },
    ...placeLabels(candidates, v).map((l) =>
      tag(
        'text',
        {
          x: l.screen[0],
          y: l.screen[1] + l.size * 0.35,
          'font-size': l.size,
          'font-weight': l.story ? 700 : 400,
          'letter-spacing': 0.02 * l.size,
          fill: l.story ? palette.label : palette.labelMuted,
          stroke: palette.labelHalo,
          'stroke-width': 3,
          'paint-order': 'stroke',
        },
        text(l.name),
      ),
    ),
  );
}

function flowLines(flows: readonly FlowMark[], active: string | null, v: Viewport, { ink, ground }: Ink): string {
  return tag(
    'g',
    { class: 'still-flows', fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
    ...flows.map((f) => {
      const on = f.id === active;
      return tag(
        'g',
        { class: on ? 'flow is-active' : 'flow', 'data-deal': f.id, transform: groupTransform(v, nearestCopy(f.midX, v.cx, WORLD_SIZE)) },
        tag('path', { d: f.d, stroke: ground, 'stroke-opacity': 0.85, 'stroke-width': (f.width + 3) / v.k }),
        tag('path', { class: 'flow-arc', d: f.d, stroke: on ? ink.usStrong : ink.us, 'stroke-opacity': on ? 1 : 0.9, 'stroke-width': f.width / v.k }),
      );
    }),
  );
}

const halo = (ground: string) => ({ stroke: ground, 'stroke-width': 3.5, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }) as const;

/**
 * The current event's title, wrapped to a short column above and left of its marker: over
 * the land north-west of it rather than across the deal lines that leave eastwards.
 */
function eventLabel(title: string, { ink, ground }: Ink): string {
  return tag(
    'text',
    { 'text-anchor': 'end', 'font-size': EVENT_LABEL_SIZE, 'font-weight': 700, fill: ink.ink, ...halo(ground) },
    ...eventLabelLines(title).map((l) => tag('tspan', { x: l.x, y: l.y }, text(l.text))),
  );
}

/** China's latest control (or its suspension) and the context events reached, labelled only when current. */
function eventMarkers(marks: readonly EventMark[], active: string | null, v: Viewport, c: Ink): string {
  return tag(
    'g',
    { class: 'still-events' },
    ...marks.map((m) => {
      const [x, y] = toScreen(v, m.world);
      const symbol = eventSymbol(m, c);
      return tag(
        'g',
        { class: `event-marker kind-${m.kind}`, 'data-event-id': m.id, transform: `translate(${round(x)},${round(y)})` },
        tag('path', { d: 'M0,-8L8,0L0,8L-8,0Z', ...symbol }),
        m.id === active ? eventLabel(m.title, c) : null,
      );
    }),
  );
}

/** The diamond's paint, as app.css paints the live map's: by kind, in the actor's colour. */
function eventSymbol(m: Pick<EventMark, 'kind' | 'actor'>, { ink, ground }: Ink): Record<string, string | number> {
  const colour = m.actor === 'us' ? ink.us : ink.china;
  if (m.kind === 'meeting' || m.kind === 'trade-talks') return { fill: ink.meeting, stroke: ground, 'stroke-width': 1.5 };
  if (m.kind === 'suspension') return { fill: ground, stroke: colour, 'stroke-width': 2.5 };
  if (m.kind === 'pause-end') return { fill: ground, stroke: colour, 'stroke-width': 2, 'stroke-dasharray': '3 2' };
  return { fill: colour, stroke: ground, 'stroke-width': 1.5 };
}

/** Washington's origin marker and one marker per partner in force, named. */
function dealMarkers(origin: OriginMark | null, flows: readonly FlowMark[], active: string | null, v: Viewport, { ink, ground }: Ink): string {
  const originMark =
    origin && flows.length > 0
      ? (() => {
          const [x, y] = toScreen(v, origin.world);
          return tag(
            'g',
            { class: 'origin-marker', transform: `translate(${round(x)},${round(y)})` },
            tag('circle', { r: 5, fill: ink.us, stroke: ground, 'stroke-width': 2 }),
            tag('text', { x: -9, y: 4.5, 'text-anchor': 'end', 'font-size': 13, 'font-weight': 700, fill: ink.ink, ...halo(ground) }, text(origin.name)),
          );
        })()
      : null;
  return tag(
    'g',
    { class: 'still-markers' },
    originMark,
    ...flows.map((f) => {
      const [x, y] = toScreen(v, f.target);
      const on = f.id === active;
      return tag(
        'g',
        { class: on ? 'partner-marker is-active' : 'partner-marker', 'data-deal': f.id, transform: `translate(${round(x)},${round(y)})` },
        tag('circle', { r: 6, fill: on ? ink.us : ground, stroke: ink.us, 'stroke-width': 3 }),
        tag(
          'text',
          {
            x: f.labelLeft ? -10 : 10,
            y: 4.5,
            ...(f.labelLeft ? { 'text-anchor': 'end' } : {}),
            'font-size': 13,
            'font-weight': 700,
            fill: ink.ink,
            ...halo(ground),
          },
          text(f.partnerName),
        ),
      );
    }),
  );
}

/** One row: a line, a partner marker, a diamond, a production circle, each with its words. */
function key(data: StoryData, l: StillLayout, width: number, marks: readonly EventMark[], c: Ink): string {
  const { ink, ground } = c;
  const s = l.key.size;
  const y = l.key.y;
  // The words are the live legend's (data/story.json `legend`); a diamond is keyed only
  // where the picture draws one of its kind.
  const legend = data.story.legend ?? { flow: t('still.usDeal'), partner: t('still.partner'), events: t('still.china') };
  // A picture has nothing to select: "Partner (select for details)" keys as "Partner", in any
  // language (a closing parenthesis, full-width too: 相手国（選択すると詳細）).
  const still = (w: string) => w.replace(/\s*[(（][^()（）]*[)）]$/, '');
  const words = { ...legend, flow: still(legend.flow), partner: still(legend.partner) };
  const drawn = new Set(
    marks.map((m) => (m.kind === 'meeting' || m.kind === 'trade-talks' ? 'meeting' : m.kind === 'pause-end' ? 'pause-end' : m.actor === 'us' ? 'us' : 'china')),
  );
  const diamond = (paint: Record<string, string | number>) =>
    tag('path', { d: 'M0,-7L7,0L0,7L-7,0Z', transform: `translate(${round(7 * l.u)},${round(-s * 0.3)})`, ...paint });
  const optional = new Map(optionalItems(words));
  const items: [string, string][] = [
    [tag('line', { x1: 0, y1: -s * 0.3, x2: 22 * l.u, y2: -s * 0.3, stroke: ink.us, 'stroke-width': 3, 'stroke-linecap': 'round' }), words.flow],
    [tag('circle', { cx: 6 * l.u, cy: -s * 0.3, r: 5, fill: ground, stroke: ink.us, 'stroke-width': 3 }), words.partner],
    ...(drawn.has('china') ? [[diamond({ fill: ink.china }), words.events] as [string, string]] : []),
    ...(['us', 'meeting', 'pause-end'] as const)
      .filter((k) => drawn.has(k) && optional.has(k))
      .map((k): [string, string] => [
        diamond(k === 'pause-end' ? eventSymbol({ kind: 'pause-end', actor: 'cn' }, c) : { fill: k === 'us' ? ink.us : ink.meeting }),
        optional.get(k)!,
      ]),
    [tag('circle', { cx: 7 * l.u, cy: -s * 0.3, r: 7, fill: ink.production, 'fill-opacity': 0.22, stroke: ink.production }), data.production.title],
  ];
  let x = l.pad;
  let row = 0;
  const parts: string[] = [];
  for (const [mark, words] of items) {
    const w = 28 * l.u + words.length * s * 0.46;
    if (x + w > width - l.pad) {
      if (row === 1) break;
      row = 1;
      x = l.pad;
    }
    const at = `translate(${round(x)},${round(y + row * l.key.rowGap)})`;
    parts.push(tag('g', { transform: at }, mark, tag('text', { x: 28 * l.u, 'font-size': s, fill: ink.ink }, text(words))));
    x += w + 16 * l.u;
  }
  return tag('g', { class: 'still-key' }, ...parts);
}

function credits(l: StillLayout, { ink }: Ink): string {
  const lines = l.credits.lines.map((line, i) => tag('tspan', { x: l.pad, y: l.credits.y + i * l.credits.size * 1.3 }, text(line))).join('');
  return tag('text', { class: 'still-credits', 'font-size': l.credits.size, fill: ink.muted }, lines);
}
