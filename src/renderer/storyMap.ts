import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CreateMapOptions } from './createMap';
import type { MapCamera } from '../camera/mapCamera';
import { mapViewSource } from './mapViewSource';
import { THEME_STATE } from '../basemap/style';
import type { Theme } from '../theme/theme';
import type { ViewSource } from '../overlay/viewSource';
import type { Viewport } from '../overlay/viewport';
import { hasWebGL } from './webgl';
import type { FirstViewPaths, SvgMap } from './svg/svgMap';
import type { BasemapGeoJSON } from '../basemap/basemap';
import { afterPaint } from '../dom/afterPaint';
import { nearViewport } from './nearViewport';
import { firstPaintShown } from '../dom/paintShown';
import { t } from '../i18n/locale';

/** MapLibre and our map on it: a chunk of its own (about 300 KB gzip), fetched only when a map needs it. */
type MapLibreModule = typeof import('./createMap');
const loadMapLibre = (): Promise<MapLibreModule> => import('./createMap');

/** How long a lost WebGL context may take to come back before the SVG map takes over. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 3000;

/** The SVG map's note when WebGL is missing, and when its context was lost for good. */
const noteNoWebgl = () => t('map.noWebgl');
const noteContextLost = () => t('map.contextLost');

export type Renderer = 'webgl' | 'svg';

/** How long MapLibre waits for the first paint to be on screen before it starts anyway (a browser that reports none). */
const FIRST_PAINT_WAIT_MS = 5000;

/** How long the preview's picture fades into MapLibre's at the hand-over (labels differ slightly). */
export const HAND_OVER_FADE_MS = 180;

export interface StoryMapOptions extends Omit<CreateMapOptions, 'basemap'> {
  /** The basemap, asked for when needed: a preview drawn from `firstView` does not wait for it. */
  basemap: () => Promise<BasemapGeoJSON>;
  /** The basemap's paths from the page's first view (src/renderer/firstView.ts), for the preview. */
  firstView?: FirstViewPaths | null;
  /**
   * Paint the first frame with the SVG map (no worker, no WebGL, no glyphs to build) and
   * let MapLibre take over once it has drawn the same view: see `handOver`. Ignored
   * without WebGL, where the SVG map is the map.
   */
  preview?: boolean;
}

/**
 * The story's map, whichever draws it: MapLibre when WebGL2 works, else the SVG map. Its
 * `source` and camera stay the same object when the renderer changes (a lost context that
 * does not come back), so the overlays and the camera controller never need rebuilding.
 */
export interface StoryMap extends MapCamera {
  readonly source: ViewSource;
  renderer(): Renderer;
  /** The MapLibre map while it draws, else null (for the benchmark's camera scripts). */
  maplibre(): MapLibreMap | null;
  getMinZoom(): number;
  /** Calls `listener` when the view starts moving; returns the unsubscribe function. */
  onMoveStart(listener: () => void): () => void;
  /**
   * After a preview: starts MapLibre under the SVG map (after the preview has painted), waits
   * until it has drawn the preview's current view with nothing left to load and no gesture
   * or flight under way, then swaps them in one task. The overlays (the country names among
   * them), the camera and focus carry over; the SVG picture fades out over MapLibre's identical one. Resolves,
   * once the preview is gone, with the renderer that draws from then on ('svg' if MapLibre failed to start: the
   * simplified map replaces the preview, at the same view, with its note). Without a
   * preview, resolves at once.
   */
  handOver(): Promise<Renderer>;
  /**
   * Restyles the map in place: MapLibre's global state (no setStyle: the sources, the deal
   * lines' layer and the camera stay), or the SVG map's canvas. The overlays follow by CSS.
   */
  setTheme(theme: Theme): void;
}

interface Backend {
  readonly renderer: Renderer;
  /** The SVG map, when it draws (a preview or the fallback). */
  readonly svg?: SvgMap;
  readonly preview?: boolean;
  readonly source: ViewSource;
  readonly camera: MapCamera & { getZoom(): number };
  readonly minZoom: number;
  onMoveStart(listener: () => void): () => void;
  setTheme(theme: Theme): void;
  destroy(): void;
}

/**
 * Creates the story map in `container`. Detects WebGL2 by creating a context (MapLibre's
 * own check misses some disabled-WebGL cases, maplibre-gl-js #2912); without it, or if
 * MapLibre fails to start, loads the SVG renderer on demand (it costs nothing otherwise).
 */
export async function mountStoryMap(container: HTMLElement, options: StoryMapOptions): Promise<StoryMap> {
  // A cheap test here (creating a WebGL context would delay the first paint): if WebGL2 then
  // fails, createMap says so at the hand-over and the preview stays, as the simplified map.
  const previewing = options.preview === true && typeof WebGL2RenderingContext !== 'undefined';
  // MapLibre's chunk and worker are fetched once the map comes within a screen of the
  // viewport (at once for a map in view), not for a frame far down an article; MapLibre
  // itself starts after the preview has painted (handOver).
  // Not before the first paint is on screen either: compiling MapLibre and starting its
  // workers would hold up that frame (on two cores with a software GL, by seconds).
  const maplibreModule = previewing
    ? Promise.all([nearViewport(container), firstPaintShown(FIRST_PAINT_WAIT_MS)]).then(async () => {
        // The basemap's decoding, beside MapLibre's download.
        void options.basemap().catch(() => {});
        const module = await loadMapLibre();
        module.prewarmMapLibre();
        return module;
      })
    : null;
  // Without it, a rejected import would be reported as unhandled before handOver awaits it.
  maplibreModule?.catch(() => {});
  let theme: Theme = options.theme ?? 'light';
  const ready = async (): Promise<CreateMapOptions> => ({ ...options, theme, basemap: await options.basemap() });
  let current = previewing
    ? await svgBackend(container, options.firstView ? { ...options, theme } : await ready(), null)
    : await firstBackend(container, await ready());
  const moveListeners = new Set<(v: Viewport) => void>();
  const startListeners = new Set<() => void>();
  let detach = attach(current);
  let handingOver: Promise<Renderer> | null = null;
  /** MapLibre while it draws unseen under the preview: a theme change reaches it too. */
  let incoming: MapLibreMap | null = null;

  function attach(b: Backend): () => void {
    container.dataset.renderer = b.preview ? 'preview' : b.renderer;
    const stopMove = b.source.onMove((v) => {
      for (const l of moveListeners) l(v);
    });
    const stopStart = b.onMoveStart(() => {
      for (const l of startListeners) l();
    });
    return () => {
      stopMove();
      stopStart();
    };
  }

  async function switchToSvg(note: string): Promise<void> {
    if (current.renderer === 'svg' && !current.preview) return;
    const { lng, lat } = current.camera.getCenter();
    const zoom = current.camera.getZoom();
    detach();
    current.destroy();
    current = await svgBackend(container, await ready(), note);
    current.camera.jumpTo({ center: [lng, lat], zoom });
    detach = attach(current);
    const v = current.source.viewport();
    for (const l of moveListeners) l(v);
  }

  function watch(map: MapLibreMap): void {
    watchContextLoss(map, () => {
      switchToSvg(noteContextLost()).catch((error: unknown) => console.error(error));
    });
  }
  if (current.renderer === 'webgl') watch((current as Backend & { map: MapLibreMap }).map);

  async function handOverOnce(): Promise<Renderer> {
    const preview = current;
    const svg = preview.svg;
    if (!preview.preview || !svg) return current.renderer;
    // The preview paints first: MapLibre's start (style, workers, WebGL) would delay that frame.
    await new Promise<void>((resolve) => afterPaint().schedule(resolve));
    // Then MapLibre, once the map is within a screen of the viewport and the first paint is on
    // screen (MapLibre's WebGL start would hold up that frame's raster).
    await Promise.all([nearViewport(container), firstPaintShown(FIRST_PAINT_WAIT_MS)]);
    performance.mark('maplibre-start');
    const at = (): { center: [number, number]; zoom: number } => {
      const { lng, lat } = svg.getCenter();
      return { center: [lng, lat], zoom: svg.getZoom() };
    };
    let map: MapLibreMap;
    try {
      const [{ createMap }, basemap] = await Promise.all([maplibreModule!, options.basemap()]);
      container.classList.add('is-handing-over');
      const loading = createMap(container, { ...options, theme, basemap, camera: at() });
      // MapLibre appends its canvas after the preview and the overlays; it belongs under both.
      const canvasBox = container.querySelector(':scope > .maplibregl-canvas-container');
      if (canvasBox) container.prepend(canvasBox);
      map = await loading;
    } catch (error) {
      console.warn('[critical-minerals-map] MapLibre could not start; showing the simplified map.', error);
      for (const child of [...container.children]) if (child.className.toString().startsWith('maplibregl')) child.remove();
      container.classList.remove('is-handing-over');
      // The preview becomes the simplified map, where the reader left it.
      await switchToSvg(noteNoWebgl());
      return 'svg';
    }
    // A theme change while MapLibre was loading (the host's `set`, the system under `auto`).
    if (map.getGlobalState()[THEME_STATE] !== theme) map.setGlobalStateProperty(THEME_STATE, theme);
    incoming = map;
    performance.mark('maplibre-loaded');
    const canvas = map.getCanvas();
    // Out of the tab order while hidden: the preview's map takes the keys until the swap.
    canvas.setAttribute('tabindex', '-1');
    // Until MapLibre has drawn where the preview is, with everything loaded and nothing moving.
    for (let tries = 0; ; tries++) {
      await drawn(map);
      performance.mark('maplibre-drawn');
      while (svg.isMoving()) await nextFrame();
      const want = at();
      if (sameView(mapViewSource(map).viewport(), svg.source.viewport()) || tries >= 5) break;
      map.jumpTo(want);
    }
    incoming = null;
    // Shown under the preview first, for one frame of MapLibre's own: then the preview goes.
    container.classList.remove('is-handing-over');
    await rendered(map);
    const hadFocus = container.ownerDocument.activeElement === container;
    detach();
    current = webglBackend(map);
    detach = attach(current);
    const picture = svg.picture;
    svg.destroy();
    canvas.setAttribute('tabindex', '0');
    if (hadFocus) canvas.focus({ preventScroll: true });
    const v = current.source.viewport();
    for (const l of moveListeners) l(v);
    watch(map);
    // MapLibre's picture is the preview's, but for label placement: fade the preview out over it.
    container.insertBefore(picture, canvas.parentElement?.nextSibling ?? null);
    await fadeOut(picture);
    return 'webgl';
  }

  return {
    source: {
      container,
      get before() {
        return current.source.before;
      },
      viewport: () => current.source.viewport(),
      onMove(listener) {
        moveListeners.add(listener);
        return () => moveListeners.delete(listener);
      },
    },
    renderer: () => current.renderer,
    maplibre: () => (current as Backend & { map?: MapLibreMap }).map ?? null,
    getMinZoom: () => current.minZoom,
    getCenter: () => current.camera.getCenter(),
    getCanvas: () => current.camera.getCanvas(),
    jumpTo: (camera) => current.camera.jumpTo(camera),
    flyTo: (camera) => current.camera.flyTo(camera),
    onMoveStart(listener) {
      startListeners.add(listener);
      return () => startListeners.delete(listener);
    },
    handOver() {
      handingOver ??= handOverOnce();
      return handingOver;
    },
    setTheme(next) {
      theme = next;
      current.setTheme(next);
      incoming?.setGlobalStateProperty(THEME_STATE, next);
    },
  };
}

function webglBackend(map: MapLibreMap): Backend & { map: MapLibreMap } {
  return {
    renderer: 'webgl',
    map,
    source: mapViewSource(map),
    camera: map,
    minZoom: map.getMinZoom(),
    setTheme: (theme) => map.setGlobalStateProperty(THEME_STATE, theme),
    onMoveStart(listener) {
      map.on('movestart', listener);
      return () => map.off('movestart', listener);
    },
    destroy: () => map.remove(),
  };
}

/** Resolves once MapLibre has rendered a frame with every source loaded and nothing moving. */
function drawn(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/** Resolves after MapLibre's next frame has been drawn and presented. */
function rendered(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('render', () => requestAnimationFrame(() => resolve()));
    map.triggerRepaint();
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Two viewports show the same picture to within half a pixel. */
export function sameView(a: Viewport, b: Viewport): boolean {
  return (
    a.width === b.width &&
    a.height === b.height &&
    Math.abs(Math.log2(a.k / b.k)) < 1e-3 &&
    Math.abs((a.cx - b.cx) * a.k) < 0.5 &&
    Math.abs((a.cy - b.cy) * a.k) < 0.5
  );
}

/** Fades `el` out and removes it; resolves when it is gone (at once with reduced motion). */
function fadeOut(el: HTMLElement): Promise<void> {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (reduced || typeof el.animate !== 'function') {
    el.remove();
    return Promise.resolve();
  }
  el.style.pointerEvents = 'none';
  const fade = el.animate([{ opacity: 1 }, { opacity: 0 }], { duration: HAND_OVER_FADE_MS, easing: 'ease-out' });
  // A frame that gets no animation frames (an embed scrolled away) must not keep it forever.
  const timeout = new Promise((resolve) => setTimeout(resolve, HAND_OVER_FADE_MS + 500));
  return Promise.race([fade.finished.catch(() => {}), timeout]).then(() => el.remove());
}

async function firstBackend(container: HTMLElement, options: CreateMapOptions): Promise<Backend> {
  if (!hasWebGL(container.ownerDocument)) return svgBackend(container, options, noteNoWebgl());
  try {
    const { createMap } = await loadMapLibre();
    return webglBackend(await createMap(container, options));
  } catch (error) {
    console.warn('[critical-minerals-map] MapLibre could not start; showing the simplified map.', error);
    for (const child of [...container.children]) if (child.className.toString().startsWith('maplibregl')) child.remove();
    return svgBackend(container, options, noteNoWebgl());
  }
}

/** The SVG map's module once it has loaded: a preview then starts in the caller's task. */
let svgMapModule: typeof import('./svg/svgMap') | null = null;

/** The SVG map's code, fetched now (it is a separate chunk): the preview or the fallback will need it. Resolves once it is here (or failed). */
export function preloadSvgMap(): Promise<void> {
  return import('./svg/svgMap').then(
    (m) => {
      svgMapModule = m;
    },
    () => {},
  );
}

/** The SVG map: the fallback with its `note`, or (note null) the preview MapLibre takes over from. */
async function svgBackend(
  container: HTMLElement,
  options: Omit<CreateMapOptions, 'basemap'> & { basemap?: BasemapGeoJSON | (() => Promise<BasemapGeoJSON>); firstView?: FirstViewPaths | null },
  note: string | null,
): Promise<Backend> {
  // Not `await import()` when it is already here: that may resolve in a later task, and a
  // frame between the page's layout and its map would show the layout without its panels.
  svgMapModule ??= await import('./svg/svgMap');
  const { createSvgMap } = svgMapModule;
  const basemap = typeof options.basemap === 'function' ? undefined : options.basemap;
  const map = createSvgMap(container, {
    ...(basemap ? { basemap } : {}),
    ...(note === null && options.firstView ? { firstView: options.firstView } : {}),
    highlight: options.highlight ?? [],
    cooperativeGestures: options.cooperativeGestures ?? false,
    padding: options.padding ?? 16,
    theme: options.theme ?? 'light',
    ...(note === null ? { preview: true } : { note }),
  });
  return {
    renderer: 'svg',
    svg: map,
    preview: note === null,
    source: map.source,
    camera: map,
    minZoom: map.getMinZoom(),
    onMoveStart: map.onMoveStart,
    setTheme: map.setTheme,
    destroy: map.destroy,
  };
}

/**
 * Calls `onGone` if the map's WebGL context is lost and not restored within
 * CONTEXT_RESTORE_TIMEOUT_MS. MapLibre itself asks for restoration (it prevents the
 * default of webglcontextlost) and redraws when the context comes back.
 */
export function watchContextLoss(map: Pick<MapLibreMap, 'on'>, onGone: () => void, timeout = CONTEXT_RESTORE_TIMEOUT_MS): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  map.on('webglcontextlost', () => {
    if (timer === null)
      timer = setTimeout(() => {
        timer = null;
        onGone();
      }, timeout);
  });
  map.on('webglcontextrestored', () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  });
}
