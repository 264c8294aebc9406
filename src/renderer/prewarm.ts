import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Starts MapLibre's web workers (and so the download and parse of its 147 KB gzip worker
 * script) while the story data and the basemap are still loading, instead of after them
 * when the map is created. Skipped where the browser has no WebGL 2 at all (the SVG map
 * needs no worker); a cheap check, as creating a context here would cost a frame.
 */
export function prewarmMapLibre(): void {
  if (typeof WebGL2RenderingContext === 'undefined') return;
  setWorkerUrl(workerUrl);
  prewarm();
}
