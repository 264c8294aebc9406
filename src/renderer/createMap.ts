import { LngLat, Map as MapLibreMap, NavigationControl, prewarm, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// The worker is self-contained; Vite copies it into assets/ and gives its URL on our origin.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { BasemapGeoJSON } from '../basemap/basemap';
import { cameraFor, initialBounds, type Padding } from '../camera/initialView';
import { basemapStyle, palette } from '../basemap/style';
import { hasWebGL } from './webgl';

export interface CreateMapOptions {
  /** From basemapGeoJSON(await loadBasemap(document.baseURI)). */
  basemap: BasemapGeoJSON;
  /** ISO numeric ids of the story countries: tinted fill, bold label. Default none. */
  highlight?: readonly string[];
  /** Ctrl/⌘ + scroll to zoom and two fingers to pan, for a map embedded in an article. */
  cooperativeGestures?: boolean;
  /** MapLibre UI strings to override, e.g. the cooperative-gesture hints. */
  locale?: Readonly<Record<string, string>>;
  /** false: a static picture (no handlers, no zoom buttons). Default true. */
  interactive?: boolean;
  /** Room around the first view (e.g. under a card), in CSS pixels. Default 16. */
  padding?: number | Padding;
  /** Where to start instead of the story's first view (the preview's view at the hand-over). */
  camera?: { center: readonly [number, number]; zoom: number };
}

/**
 * Starts MapLibre's web workers (and so the download and parse of its ~160 KB gzip worker
 * script) now, while the page still has other work, instead of when the map is created.
 * This module is its own chunk (src/renderer/storyMap.ts imports it when a map comes near
 * the viewport), so nothing of MapLibre is fetched for a map the reader never approaches.
 */
export function prewarmMapLibre(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}

const MIN_ZOOM = 0.5;
const MAX_ZOOM = 6;
/** How far north or south the centre may be panned (the Mercator world ends at ±85°). */
const MAX_CENTER_LATITUDE = 75;
const ATTRIBUTION = '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener noreferrer">Natural Earth</a>';

/**
 * Creates the MapLibre map in `container` and resolves with it once the style and basemap
 * have loaded (`load`). Rejects with an Error if WebGL2 is unavailable or the map cannot be
 * created. North-up and unpitched, always: the D3 overlay assumes a flat Mercator.
 */
export function createMap(container: HTMLElement, options: CreateMapOptions): Promise<MapLibreMap> {
  const { basemap, highlight = [], cooperativeGestures = false, interactive = true, padding = 16, locale } = options;
  if (!hasWebGL(container.ownerDocument)) {
    return Promise.reject(new Error('The map needs WebGL2, which this browser or device does not provide.'));
  }
  setWorkerUrl(workerUrl);
  const fitted = cameraFor(initialBounds(), container.clientWidth || 1, container.clientHeight || 1, padding);
  const camera = options.camera ?? fitted;
  const style = basemapStyle({ basemap, highlight });
  const minZoom = Math.min(MIN_ZOOM, fitted.zoom);
  // Zoomed out on a portrait screen the world is shorter than the canvas; the style's
  // background layer covers the world only, so the sea colour comes from the container.
  container.style.backgroundColor = palette.sea;
  return new Promise((resolve, reject) => {
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
        container,
        style,
        center: [camera.center[0], camera.center[1]],
        zoom: camera.zoom,
        // A narrow phone needs to zoom out past MIN_ZOOM to show the whole first view.
        minZoom,
        maxZoom: MAX_ZOOM,
        maxPitch: 0,
        renderWorldCopies: true,
        interactive,
        cooperativeGestures,
        ...(locale ? { locale: { ...locale } } : {}),
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        attributionControl: { compact: true, customAttribution: ATTRIBUTION },
        // MapLibre's default constraint keeps the world at least as tall as the viewport,
        // which on a portrait phone forbids the zoom that fits Perth and Washington side by
        // side. Ours lets the world be shorter (the sea colour fills above and below) and
        // only stops the centre from leaving the map.
        transformConstrain: (center, zoom) => ({
          center: new LngLat(center.lng, Math.max(-MAX_CENTER_LATITUDE, Math.min(MAX_CENTER_LATITUDE, center.lat))),
          zoom: Math.max(minZoom, Math.min(MAX_ZOOM, zoom)),
        }),
      });
    } catch (error) {
      reject(new Error(`The map could not be created: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
      return;
    }
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    if (interactive) map.addControl(new NavigationControl({ showCompass: false, visualizePitch: false }), 'top-right');
    map.once('load', () => resolve(map));
  });
}
