import type { Map as MapLibreMap } from 'maplibre-gl';
import { createMap, type CreateMapOptions } from './createMap';
import type { LabelTarget } from './labelController';
import type { MapCamera } from '../camera/mapCamera';
import { mapViewSource } from './mapViewSource';
import { BASEMAP_LAYERS } from '../basemap/style';
import type { ViewSource } from '../overlay/viewSource';
import type { Viewport } from '../overlay/viewport';
import { hasWebGL } from './webgl';

/** How long a lost WebGL context may take to come back before the SVG map takes over. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 3000;

export const NOTE_NO_WEBGL = 'Simplified map: WebGL is not available in this browser.';
export const NOTE_CONTEXT_LOST = 'Simplified map: this browser stopped drawing the full map (WebGL context lost).';

export type Renderer = 'webgl' | 'svg';

/**
 * The story's map, whichever draws it: MapLibre when WebGL2 works, else the SVG map. Its
 * `source` and camera stay the same object when the renderer changes (a lost context that
 * does not come back), so the overlays and the camera controller never need rebuilding.
 */
export interface StoryMap extends MapCamera, LabelTarget {
  readonly source: ViewSource;
  renderer(): Renderer;
  /** The MapLibre map while it draws, else null (for the benchmark's camera scripts). */
  maplibre(): MapLibreMap | null;
  getMinZoom(): number;
  /** Calls `listener` when the view starts moving; returns the unsubscribe function. */
  onMoveStart(listener: () => void): () => void;
}

interface Backend {
  readonly renderer: Renderer;
  readonly source: ViewSource;
  readonly camera: MapCamera & { getZoom(): number };
  readonly minZoom: number;
  hideLabels(ids: readonly string[]): void;
  onMoveStart(listener: () => void): () => void;
  destroy(): void;
}

/**
 * Creates the story map in `container`. Detects WebGL2 by creating a context (MapLibre's
 * own check misses some disabled-WebGL cases, maplibre-gl-js #2912); without it, or if
 * MapLibre fails to start, loads the SVG renderer on demand (it costs nothing otherwise).
 */
export async function mountStoryMap(container: HTMLElement, options: CreateMapOptions): Promise<StoryMap> {
  let current = await firstBackend(container, options);
  const moveListeners = new Set<(v: Viewport) => void>();
  const startListeners = new Set<() => void>();
  let detach = attach(current);
  let hiddenLabels: readonly string[] = [];

  function attach(b: Backend): () => void {
    container.dataset.renderer = b.renderer;
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
    if (current.renderer === 'svg') return;
    const { lng, lat } = current.camera.getCenter();
    const zoom = current.camera.getZoom();
    const hidden = hiddenLabels;
    detach();
    current.destroy();
    current = await svgBackend(container, options, note);
    current.camera.jumpTo({ center: [lng, lat], zoom });
    current.hideLabels(hidden);
    detach = attach(current);
    const v = current.source.viewport();
    for (const l of moveListeners) l(v);
  }

  if (current.renderer === 'webgl')
    watchContextLoss((current as Backend & { map: MapLibreMap }).map, () => {
      switchToSvg(NOTE_CONTEXT_LOST).catch((error: unknown) => console.error(error));
    });

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
    hideLabels(ids) {
      hiddenLabels = ids;
      current.hideLabels(ids);
    },
    getCenter: () => current.camera.getCenter(),
    getCanvas: () => current.camera.getCanvas(),
    jumpTo: (camera) => current.camera.jumpTo(camera),
    flyTo: (camera) => current.camera.flyTo(camera),
    onMoveStart(listener) {
      startListeners.add(listener);
      return () => startListeners.delete(listener);
    },
  };
}

async function firstBackend(container: HTMLElement, options: CreateMapOptions): Promise<Backend> {
  if (!hasWebGL(container.ownerDocument)) return svgBackend(container, options, NOTE_NO_WEBGL);
  try {
    const map = await createMap(container, options);
    return {
      renderer: 'webgl',
      map,
      source: mapViewSource(map),
      camera: map,
      minZoom: map.getMinZoom(),
      hideLabels: (ids) => map.setFilter(BASEMAP_LAYERS.labels, ids.length ? ['!', ['in', ['get', 'id'], ['literal', [...ids]]]] : null),
      onMoveStart(listener) {
        map.on('movestart', listener);
        return () => map.off('movestart', listener);
      },
      destroy: () => map.remove(),
    } as Backend & { map: MapLibreMap };
  } catch (error) {
    console.warn('[critical-minerals-map] MapLibre could not start; showing the simplified map.', error);
    for (const child of [...container.children]) if (child.className.toString().startsWith('maplibregl')) child.remove();
    return svgBackend(container, options, NOTE_NO_WEBGL);
  }
}

async function svgBackend(container: HTMLElement, options: CreateMapOptions, note: string): Promise<Backend> {
  const { createSvgMap } = await import('./svg/svgMap');
  const map = createSvgMap(container, {
    basemap: options.basemap,
    highlight: options.highlight ?? [],
    cooperativeGestures: options.cooperativeGestures ?? false,
    padding: options.padding ?? 16,
    note,
  });
  return {
    renderer: 'svg',
    source: map.source,
    camera: map,
    minZoom: map.getMinZoom(),
    hideLabels: map.hideLabels,
    onMoveStart: map.onMoveStart,
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
