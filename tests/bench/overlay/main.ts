// Bench-only page: the real flows layer in the real OverlayHost, driven by a fake
// ViewSource that animates the viewport on every animation frame (no map underneath, so
// what the trace shows is the overlay's own cost). ?n=story|0|100|1000|10000 draws the SVG
// flows layer. Many flows in a real map (the MapLibre line layer): tests/bench/lines/.
import '../../../src/styles/app.css';
import { OverlayHost, type OverlayLayer } from '../../../src/overlay/overlayHost';
import { flowsLayer, type FlowsProps } from '../../../src/overlay/flows/flowsLayer';
import { prepareFlows } from '../../../src/marks/prepareFlows';
import { viewportFor, type Viewport } from '../../../src/overlay/viewport';
import type { ViewSource } from '../../../src/overlay/viewSource';
import type { StoryEvent } from '../../../src/data/types';
import { toWorld } from '../../../src/geo/mercator';
import { syntheticDeals } from '../../support/syntheticDeals';
import storyEvents from '../../../data/events.json';

const params = new URLSearchParams(location.search);
const set = params.get('n') ?? 'story';
const n = set.replace(/^svg:/, '');
const stage = document.getElementById('stage')!;

const deals = n === 'story' ? (storyEvents.events as unknown as StoryEvent[]).filter((e) => e.deal) : syntheticDeals(Number(n));
const flows = prepareFlows(deals, (id) => id);

// The fake map: a viewport that pans across the Pacific and zooms in and out, one step per frame.
const listeners = new Set<(v: Viewport) => void>();
const width = stage.clientWidth;
const height = stage.clientHeight;
let current = viewportFor([180, 20], 2, width, height);
const source: ViewSource = {
  container: stage,
  before: null,
  viewport: () => current,
  onMove(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const host = new OverlayHost(source, 'bench');
const handlers = { onSelect() {}, onHover() {} };
const layer: OverlayLayer<FlowsProps> = host.add(flowsLayer(handlers));
const origin = { name: 'Washington', world: toWorld([-77.04, 38.9]) };
layer.update({ flows, activeId: flows[0]?.id ?? null, origin });

function viewAt(frame: number): Viewport {
  const t = frame / 60;
  const lon = 180 + 45 * Math.sin(t * 0.9);
  const lat = 20 + 12 * Math.cos(t * 0.7);
  const zoom = 2.2 + 1.3 * (0.5 - 0.5 * Math.cos(t * 0.8));
  return viewportFor([lon > 180 ? lon - 360 : lon, lat], zoom, width, height);
}

/** Animates `frames` frames (or for `maxMs`); returns the JS time of each frame's re-projection (ms). */
function run(frames: number, maxMs = 10_000): Promise<number[]> {
  const times: number[] = [];
  let frame = 0;
  const start = performance.now();
  return new Promise((resolve) => {
    const step = () => {
      console.timeStamp('bench-frame');
      current = viewAt(frame);
      const t0 = performance.now();
      for (const l of listeners) l(current);
      times.push(performance.now() - t0);
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

// Bench-only switches to take the frame apart: ?markers=0 hides the SVG markers.
if (params.get('markers') === '0') {
  const style = document.createElement('style');
  style.textContent = '.flows-layer .markers { display: none; }';
  document.head.append(style);
}

Object.assign(window, { __bench: { run, flows: flows.length, renderer: 'svg', ready: true } });
document.documentElement.dataset.state = 'ready';
