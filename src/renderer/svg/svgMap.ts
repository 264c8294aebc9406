import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { fromWorld, toWorld, WORLD_SIZE } from '../../geo/mercator';
import type { BasemapGeoJSON } from '../../basemap/basemap';
import { cameraFor, initialBounds, type Padding } from '../../camera/initialView';
import type { MapCamera } from '../../camera/mapCamera';
import { basemapPalettes, LINE_WIDTHS, lineWidthAt, palette } from '../../basemap/style';
import type { Theme } from '../../theme/theme';
import type { ViewSource } from '../../overlay/viewSource';
import { groupTransform, type Viewport } from '../../overlay/viewport';
import { externalLink, h } from '../../dom/h';
import { basemapPaths, type BasemapPaths } from './basemapPaths';
import { keyboardMove } from './keyboardMove';
// The preview draws MapLibre's own zoom buttons (maplibreLikeControls), with MapLibre's CSS.
import 'maplibre-gl/dist/maplibre-gl.css';
import './svgMap.css';
import { t } from '../../i18n/locale';

const SVG_NS = 'http://www.w3.org/2000/svg';
// The same limits as the MapLibre map (src/renderer/createMap.ts), so the story frames alike.
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 6;
const MAX_CENTER_LATITUDE = 75;
const Y_MIN = toWorld([0, MAX_CENTER_LATITUDE])[1];
const Y_MAX = toWorld([0, -MAX_CENTER_LATITUDE])[1];

/** The basemap's path data from the page's first view (src/renderer/firstView.ts), in `unit` world units. */
export interface FirstViewPaths {
  /** The land, one path per cell of the world. */
  readonly land: readonly string[];
  /** Each land cell's box, less a margin: its outline stroked inside it is the coast. */
  readonly cells: readonly (readonly [number, number, number, number])[];
  readonly highlight: string;
  readonly borders: string;
  readonly unit: number;
}

export interface SvgMapOptions {
  /** Needed unless a preview draws from `firstView`'s paths. */
  basemap?: BasemapGeoJSON;
  /**
   * The basemap's paths from the page's first view (drawn at build, simplified for its zoom):
   * a preview draws its canvas from them, so it needs neither the basemap file nor the work
   * of turning it into paths. Ignored without `preview`.
   */
  firstView?: FirstViewPaths | null;
  /** ISO numeric ids of the story countries: tinted fill, bold label. */
  highlight?: readonly string[];
  /** Ctrl/⌘ + wheel to zoom and two fingers to pan, for a map embedded in an article. */
  cooperativeGestures?: boolean;
  padding?: number | Padding;
  /** Why the simplified map is shown, in words. */
  note?: string;
  /**
   * The first paint while MapLibre loads underneath (src/renderer/storyMap.ts): no note, and
   * zoom buttons drawn exactly as MapLibre's, so the hand-over changes no pixel of them.
   */
  preview?: boolean;
  /** The first view (a preview starts where the page's camera already is). Default: the story's first view. */
  camera?: { center: readonly [number, number]; zoom: number };
  /** The canvas's colours (the SVG's and the labels' follow the page's CSS). Default light. */
  theme?: Theme;
}

/** The no-WebGL map: a ViewSource for the overlays and a camera for cameraController. */
export interface SvgMap extends MapCamera {
  readonly source: ViewSource;
  getZoom(): number;
  getMinZoom(): number;
  /** Redraws the preview's canvas in `theme` (the SVG layers follow the page's CSS). */
  setTheme(theme: Theme): void;
  /** Calls `listener` when a move starts (a gesture or the camera); returns the unsubscribe. */
  onMoveStart(listener: () => void): () => void;
  /** A gesture or a flight is under way. */
  isMoving(): boolean;
  /** The basemap, for the hand-over's fade. */
  readonly picture: HTMLElement;
  destroy(): void;
}

/**
 * The story's basemap as SVG, for browsers without WebGL. The land, the story countries,
 * the borders and the coast are drawn once in world coordinates (zoom 0) and shown three
 * times, one world width apart, with <use>: a move rewrites three transforms, and a
 * Pacific-centred view, which straddles ±180°, has no gap. d3-zoom pans and zooms it.
 */
export function createSvgMap(container: HTMLElement, options: SvgMapOptions): SvgMap {
  const { basemap, highlight = [], cooperativeGestures = false, padding = 16, preview = false } = options;
  const firstView = preview ? (options.firstView ?? null) : null;
  if (!basemap && !firstView) throw new Error('createSvgMap: a basemap or the first view’s paths are needed');
  // The SVG layers are built from full paths; a preview that has the first view's needs none.
  const paths: BasemapPaths = firstView ? { land: '', highlight: '', borders: '', coastline: '' } : basemapPaths(basemap!, highlight);
  const width = () => container.clientWidth || 1;
  const height = () => container.clientHeight || 1;
  const fitted = cameraFor(initialBounds(), width(), height(), padding);
  const first = options.camera ?? fitted;
  const minZoom = Math.min(MIN_ZOOM, fitted.zoom);

  // The theme's sea (a custom property: it follows a theme change by itself).
  container.style.backgroundColor = 'var(--map-sea)';
  container.classList.add('svg-map');
  const id = `svg-map-world-${Math.random().toString(36).slice(2, 8)}`;
  const svg = svgEl('svg', { class: 'svg-basemap', 'aria-hidden': 'true', focusable: 'false' });
  const defs = svgEl('defs');
  const world = svgEl('g', { id });
  // Line widths follow the zoom as in the MapLibre style (set in draw()).
  const borders = svgEl('path', {
    class: 'svg-borders',
    d: paths.borders,
    fill: 'none',
    stroke: palette.border,
    'vector-effect': 'non-scaling-stroke',
    'stroke-linejoin': 'round',
  });
  const coastline = svgEl('path', {
    class: 'svg-coastline',
    d: paths.coastline,
    fill: 'none',
    stroke: palette.coastline,
    'vector-effect': 'non-scaling-stroke',
    'stroke-linejoin': 'round',
  });
  world.append(
    svgEl('path', { class: 'svg-land', d: paths.land, fill: palette.land }),
    svgEl('path', { class: 'svg-highlight', d: paths.highlight, fill: palette.landHighlight }),
    borders,
    coastline,
  );
  defs.append(world);
  const copies = [-1, 0, 1].map(() => svgEl('use', { href: `#${id}` }));
  // The preview draws land and lines on a canvas rastered on the CPU: the same paths, but a
  // GPU raster of thousands of thin antialiased strokes costs seconds on a software GL, and
  // MapLibre, starting underneath, waits for it. The fallback keeps them in SVG.
  const painter = preview ? canvasPainter(firstView ? firstViewShapes(firstView) : fullShapes(paths), options.theme ?? 'light') : null;
  if (!painter) svg.append(defs, ...copies);
  const picture = h('div', { class: 'svg-map-picture', 'aria-hidden': 'true' }, painter?.canvas ?? null, svg);

  const { zoomIn, zoomOut, controls } = preview ? maplibreLikeControls() : ownControls();
  const note = h('p', { class: 'svg-map-note' });
  const showNote = (text: string) => {
    note.replaceChildren(text, t('map.basemapCredit'), externalLink('https://www.naturalearthdata.com/', 'Natural Earth'), '.');
    container.append(note);
  };
  // Focusable, as MapLibre's canvas is: the arrow keys pan and +/− zoom (onKey below). The
  // container keeps its own role and name (#map: a labelled region); the keys are described.
  const keysHelp = h('p', { id: `${id}-keys`, hidden: true }, t('map.keys'));
  const describedBy = container.getAttribute('aria-describedby');
  container.setAttribute('tabindex', '0');
  container.setAttribute('aria-describedby', [describedBy, keysHelp.id].filter(Boolean).join(' '));
  container.prepend(picture);
  container.append(controls, keysHelp);
  if (!preview) showNote(options.note ?? t('map.noWebgl'));

  const moveListeners = new Set<(v: Viewport) => void>();
  const startListeners = new Set<() => void>();
  let viewport: Viewport = fromCamera(first.center, first.zoom);
  let flight: number | null = null;
  let gesture = false;

  const behaviour: ZoomBehavior<HTMLElement, unknown> = d3zoom<HTMLElement, unknown>()
    .scaleExtent([2 ** minZoom, 2 ** MAX_ZOOM])
    .filter((event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList }) => {
      if ((event.target as Element).closest?.(NOT_THE_MAP)) return event.type === 'wheel' && !cooperativeGestures;
      if (cooperativeGestures && event.type === 'wheel' && !event.ctrlKey && !event.metaKey) return false;
      if (cooperativeGestures && event.type === 'touchstart' && (event.touches?.length ?? 0) < 2) return false;
      return (!event.ctrlKey || event.type === 'wheel') && !event.button;
    })
    .constrain((t) => {
      // Longitude is free (the world repeats); the centre's latitude stays within ±75°.
      const cy = (height() / 2 - t.y) / t.k;
      const clamped = Math.max(Y_MIN, Math.min(Y_MAX, cy));
      return clamped === cy ? t : zoomIdentity.translate(t.x, height() / 2 - clamped * t.k).scale(t.k);
    })
    .on('start', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent) {
        stopFlight();
        gesture = true;
      }
      for (const l of startListeners) l();
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      viewport = fromTransform(event.transform);
      draw();
    })
    .on('end', () => {
      gesture = false;
    });
  const selection = select(container).call(behaviour);
  if (!cooperativeGestures) selection.on('dblclick.zoom', null).on('dblclick.zoom', dblclickZoom);

  const onKey = (event: KeyboardEvent) => {
    // Keys on the map itself only: a focused marker or button inside keeps its own keys.
    if (event.target !== container || event.altKey || event.ctrlKey || event.metaKey) return;
    const move = keyboardMove(event.key, event.shiftKey, Math.log2(viewport.k));
    if (!move) return;
    event.preventDefault();
    stopFlight();
    for (const l of startListeners) l();
    const k = 2 ** Math.max(minZoom, Math.min(MAX_ZOOM, move.zoom));
    const cy = Math.max(Y_MIN, Math.min(Y_MAX, viewport.cy + move.dy / viewport.k));
    setViewport({ ...viewport, cx: viewport.cx + move.dx / viewport.k, cy, k });
  };
  container.addEventListener('keydown', onKey);

  zoomIn.addEventListener('click', () => zoomBy(1));
  zoomOut.addEventListener('click', () => zoomBy(-1));

  const resize = new ResizeObserver(() => {
    if (viewport.width === width() && viewport.height === height()) return;
    setViewport({ ...viewport, width: width(), height: height() });
  });
  resize.observe(container);
  setViewport(viewport);

  function fromCamera(center: readonly [number, number], zoom: number): Viewport {
    const z = Math.max(minZoom, Math.min(MAX_ZOOM, zoom));
    const [cx, cy] = toWorld(center);
    return { cx, cy: Math.max(Y_MIN, Math.min(Y_MAX, cy)), k: 2 ** z, width: width(), height: height() };
  }

  function fromTransform(t: ZoomTransform): Viewport {
    const [w, hgt] = [width(), height()];
    return { cx: (w / 2 - t.x) / t.k, cy: (hgt / 2 - t.y) / t.k, k: t.k, width: w, height: hgt };
  }

  function setViewport(v: Viewport): void {
    // Through d3-zoom, so that its stored transform and the next gesture start from here.
    selection.call(behaviour.transform, zoomIdentity.translate(v.width / 2 - v.cx * v.k, v.height / 2 - v.cy * v.k).scale(v.k));
  }

  function draw(): void {
    const base = Math.floor(viewport.cx / WORLD_SIZE);
    if (painter) {
      painter.draw(viewport, [base - 1, base, base + 1]);
      // As MapLibre's NavigationControl does at the zoom limits.
      const zoom = Math.log2(viewport.k);
      zoomIn.disabled = zoom >= MAX_ZOOM - 1e-6;
      zoomOut.disabled = zoom <= minZoom + 1e-6;
      zoomIn.setAttribute('aria-disabled', String(zoomIn.disabled));
      zoomOut.setAttribute('aria-disabled', String(zoomOut.disabled));
    } else {
      copies.forEach((use, i) => {
        use.setAttribute('transform', groupTransform(viewport, base + i - 1));
      });
      const zoom = Math.log2(viewport.k);
      borders.setAttribute('stroke-width', lineWidthAt(LINE_WIDTHS.borders, zoom).toFixed(3));
      coastline.setAttribute('stroke-width', lineWidthAt(LINE_WIDTHS.coastline, zoom).toFixed(3));
    }
    for (const l of moveListeners) l(viewport);
  }

  function zoomBy(delta: number): void {
    stopFlight();
    for (const l of startListeners) l();
    const z = Math.max(minZoom, Math.min(MAX_ZOOM, Math.log2(viewport.k) + delta));
    setViewport({ ...viewport, k: 2 ** z });
  }

  function dblclickZoom(this: HTMLElement, event: MouseEvent): void {
    if ((event.target as Element).closest(NOT_THE_MAP)) return;
    behaviour.scaleBy(selection, event.shiftKey ? 0.5 : 2, [event.offsetX, event.offsetY]);
  }

  function stopFlight(): void {
    if (flight !== null) cancelAnimationFrame(flight);
    flight = null;
  }

  function getCenter() {
    const [lng, lat] = fromWorld([viewport.cx, viewport.cy]);
    return { lng, lat };
  }

  return {
    source: {
      container,
      before: controls,
      viewport: () => viewport,
      onMove(listener) {
        moveListeners.add(listener);
        return () => moveListeners.delete(listener);
      },
    },
    getCenter,
    getCanvas: () => ({ clientWidth: width(), clientHeight: height() }),
    getZoom: () => Math.log2(viewport.k),
    getMinZoom: () => minZoom,
    setTheme(theme) {
      if (!painter) return;
      painter.theme = theme;
      draw();
    },
    onMoveStart(listener) {
      startListeners.add(listener);
      return () => startListeners.delete(listener);
    },
    isMoving: () => gesture || flight !== null,
    picture,
    jumpTo({ center, zoom }) {
      stopFlight();
      for (const l of startListeners) l();
      setViewport(fromCamera(center, zoom));
    },
    flyTo({ center, zoom, duration = 1400 }) {
      // A straight glide in world coordinates and log zoom, eased at both ends. Any gesture
      // (d3-zoom's start event with a source event) cancels it.
      stopFlight();
      for (const l of startListeners) l();
      const from = viewport;
      const to = fromCamera(center, zoom);
      const [z0, z1] = [Math.log2(from.k), Math.log2(to.k)];
      const t0 = performance.now();
      const frame = (now: number) => {
        const t = Math.min(1, (now - t0) / duration);
        const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
        setViewport({ ...viewport, cx: from.cx + (to.cx - from.cx) * e, cy: from.cy + (to.cy - from.cy) * e, k: 2 ** (z0 + (z1 - z0) * e) });
        flight = t < 1 ? requestAnimationFrame(frame) : null;
      };
      flight = requestAnimationFrame(frame);
    },
    destroy() {
      stopFlight();
      resize.disconnect();
      selection.on('.zoom', null);
      container.removeEventListener('keydown', onKey);
      container.removeAttribute('tabindex');
      if (describedBy === null) container.removeAttribute('aria-describedby');
      else container.setAttribute('aria-describedby', describedBy);
      keysHelp.remove();
      picture.remove();
      controls.remove();
      note.remove();
      container.classList.remove('svg-map');
      moveListeners.clear();
      startListeners.clear();
    },
  };
}

/** Parts of the map that are not the map: a drag or double-click there does not move it. */
const NOT_THE_MAP = '.svg-map-controls, .svg-map-note, .partner-marker, .event-marker';

function ownControls() {
  const zoomIn = h('button', { type: 'button', class: 'svg-map-zoom', 'aria-label': t('map.zoomIn') }, h('span', { 'aria-hidden': 'true' }, '+'));
  const zoomOut = h('button', { type: 'button', class: 'svg-map-zoom', 'aria-label': t('map.zoomOut') }, h('span', { 'aria-hidden': 'true' }, '−'));
  return { zoomIn, zoomOut, controls: h('div', { class: 'svg-map-controls' }, zoomIn, zoomOut) };
}

/**
 * The zoom buttons as MapLibre's NavigationControl draws them (its classes, so its CSS), in
 * the same corner: when MapLibre's own replace them at the hand-over, nothing moves.
 */
function maplibreLikeControls() {
  const button = (kind: 'in' | 'out', label: string) =>
    h(
      'button',
      { type: 'button', class: `maplibregl-ctrl-zoom-${kind}`, title: label, 'aria-label': label },
      h('span', { class: 'maplibregl-ctrl-icon', 'aria-hidden': 'true' }),
    );
  const zoomIn = button('in', t('map.zoomIn'));
  const zoomOut = button('out', t('map.zoomOut'));
  const group = h('div', { class: 'maplibregl-ctrl maplibregl-ctrl-group' }, zoomIn, zoomOut);
  return { zoomIn, zoomOut, controls: h('div', { class: 'svg-map-controls is-preview maplibregl-ctrl-top-right' }, group) };
}

/** What the preview's canvas draws, in path units of `unit` world units. */
interface CanvasShapes {
  readonly land: Path2D;
  readonly highlight: Path2D;
  readonly borders: Path2D;
  /** The coast, or each land cell's outline stroked inside its box (`cells`). */
  readonly coastline: Path2D | null;
  readonly cells: readonly { readonly land: Path2D; readonly box: readonly [number, number, number, number] }[];
  readonly unit: number;
}

function fullShapes(paths: BasemapPaths): CanvasShapes {
  return {
    land: new Path2D(paths.land),
    highlight: new Path2D(paths.highlight),
    borders: new Path2D(paths.borders),
    coastline: new Path2D(paths.coastline),
    cells: [],
    unit: 1,
  };
}

function firstViewShapes(paths: FirstViewPaths): CanvasShapes {
  return {
    land: new Path2D(paths.land.join('')),
    highlight: new Path2D(paths.highlight),
    borders: new Path2D(paths.borders),
    coastline: null,
    cells: paths.land.map((d, i) => ({ land: new Path2D(d), box: paths.cells[i]! })),
    unit: paths.unit,
  };
}

/**
 * The preview's land and lines on a 2D canvas rastered on the CPU (`willReadFrequently`),
 * from the same path data as the SVG, drawn once per visible world copy per view.
 */
function canvasPainter(shapes: CanvasShapes, theme: Theme) {
  const canvas = document.createElement('canvas');
  canvas.className = 'svg-map-canvas';
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return {
    canvas,
    theme,
    draw(v: Viewport, worldCopies: readonly number[]): void {
      if (!ctx) return;
      const palette = basemapPalettes[this.theme];
      const dpr = window.devicePixelRatio || 1;
      const w = Math.max(1, Math.round(v.width * dpr));
      const hgt = Math.max(1, Math.round(v.height * dpr));
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== hgt) canvas.height = hgt;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, w, hgt);
      const zoom = Math.log2(v.k);
      // Path units to CSS px: k per world unit, `unit` world units per path unit.
      const s = v.k * shapes.unit;
      for (const copy of worldCopies) {
        const tx = (copy * WORLD_SIZE - v.cx) * v.k + v.width / 2;
        const ty = -v.cy * v.k + v.height / 2;
        if (tx > v.width || tx + WORLD_SIZE * v.k < 0) continue;
        ctx.setTransform(s * dpr, 0, 0, s * dpr, tx * dpr, ty * dpr);
        ctx.fillStyle = palette.land;
        ctx.fill(shapes.land);
        ctx.fillStyle = palette.landHighlight;
        ctx.fill(shapes.highlight);
        ctx.lineJoin = 'round';
        // Widths in CSS px: the transform scales by s, so divide by it.
        ctx.strokeStyle = palette.border;
        ctx.lineWidth = lineWidthAt(LINE_WIDTHS.borders, zoom) / s;
        ctx.stroke(shapes.borders);
        ctx.strokeStyle = palette.coastline;
        ctx.lineWidth = lineWidthAt(LINE_WIDTHS.coastline, zoom) / s;
        if (shapes.coastline) ctx.stroke(shapes.coastline);
        for (const { land, box } of shapes.cells) {
          ctx.save();
          ctx.beginPath();
          ctx.rect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
          ctx.clip();
          ctx.stroke(land);
          ctx.restore();
        }
      }
    },
  };
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}
