// Bench-only page: many flows as the app draws them above 50, in a real map. The app's
// basemap and style in MapLibre (createMap), the real lineFlowsLayer (MapLibre line layers
// under the labels, SVG partner markers near the view) in the real OverlayHost over
// mapViewSource, with seeded synthetic deals (tests/support/syntheticDeals.ts). `run` pans
// across the Pacific with one map.jumpTo per animation frame, stamped for the trace.
// ?n=0 is the map alone (the control), ?n=1000, ?n=10000; ?markers=0 hides the markers (laid out, not
// painted), to tell the lines' own cost from the markers'.
import '../../../src/styles/app.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadBasemap } from '../../../src/basemap/loadBasemap';
import { basemapGeoJSON } from '../../../src/basemap/basemap';
import { createMap } from '../../../src/renderer/createMap';
import { mapViewSource } from '../../../src/renderer/mapViewSource';
import { OverlayHost } from '../../../src/overlay/overlayHost';
import { lineFlowsLayer } from '../../../src/overlay/flows/lineFlowsLayer';
import { FLOW_LAYERS } from '../../../src/overlay/flows/flowLineStyle';
import { prepareFlows } from '../../../src/marks/prepareFlows';
import { toWorld } from '../../../src/geo/mercator';
import { syntheticDeals } from '../../support/syntheticDeals';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? '1000');
const container = document.getElementById('stage')!;
const errors: string[] = [];

const basemap = basemapGeoJSON(await loadBasemap(document.baseURI));
const map = await createMap(container, { basemap, highlight: ['840', '036', '458', '764', '392'] });
map.on('error', (e) => errors.push(String(e.error?.message ?? e.error)));
const PACIFIC = { center: [180, 20] as [number, number], zoom: 2.5 };
map.jumpTo(PACIFIC);
await idle(map);

const host = new OverlayHost(mapViewSource(map), 'bench');
const flows = prepareFlows(syntheticDeals(count), (id) => id);
// Time from handing the flows to the layer to the map's next idle: the worker has tiled
// every line and the frame that shows them has been drawn.
const t0 = performance.now();
if (count > 0) {
  const layer = host.add(lineFlowsLayer(map, { onSelect() {}, onHover() {} }, { flows }));
  layer.update({ flows, activeId: flows[0]!.id, origin: { name: 'Washington', world: toWorld([-77.04, 38.9]) } });
}
await idle(map);
const idleMs = performance.now() - t0;
const rendered = count > 0 ? new Set(map.queryRenderedFeatures({ layers: [FLOW_LAYERS.line] }).map((f) => f.id)).size : 0;

function idle(m: MapLibreMap): Promise<void> {
  return new Promise((done) => {
    if (m.loaded() && !m.isMoving()) requestAnimationFrame(() => (m.loaded() ? done() : m.once('idle', () => done())));
    else m.once('idle', () => done());
  });
}

/** Pans `frames` frames (or for `maxMs`), one jumpTo per frame; returns each frame's jumpTo time (ms, script incl. the markers). */
function run(frames: number, maxMs = 15_000): Promise<number[]> {
  const times: number[] = [];
  let frame = 0;
  const start = performance.now();
  return new Promise((resolve) => {
    const step = () => {
      console.timeStamp('bench-frame');
      const t = frame / 60;
      const t1 = performance.now();
      map.jumpTo({ center: [180 + 40 * Math.sin(t * 0.9), 20 + 10 * Math.cos(t * 0.7)], zoom: PACIFIC.zoom });
      times.push(performance.now() - t1);
      if (++frame < frames && performance.now() - start < maxMs) requestAnimationFrame(step);
      else
        requestAnimationFrame(() => {
          console.timeStamp('bench-frame');
          resolve(times);
        });
    };
    requestAnimationFrame(step);
  });
}

if (params.get('markers') === '0') {
  const style = document.createElement('style');
  style.textContent = '.flows-layer .markers { visibility: hidden; }';
  document.head.append(style);
}

Object.assign(window, {
  __map: map,
  __bench: {
    run,
    flows: flows.length,
    markers: () => [...document.querySelectorAll<SVGGElement>('.partner-marker')].filter((el) => el.style.display !== 'none').length,
    load: { idleMs, rendered, errors },
    ready: true,
  },
});
document.documentElement.dataset.state = 'ready';
