// Bench-only page: the real flows layer in the real OverlayHost, driven by a fake
// ViewSource that animates the viewport on every animation frame (no map underneath, so
// what the trace shows is the overlay's own cost). ?n=story|0|100|1000|10000 draws the SVG
// flows layer; ?n=canvas:1000 the canvas one (one stroke per style group), ?n=canvas-perflow:1000
// the canvas one with one stroke per flow (the alternative it was measured against);
// canvas-cpu:… and canvas-cpu-perflow:… the same with a CPU-rasterised canvas.
import '../../../src/styles/app.css';
import { OverlayHost, type OverlayLayer } from '../../../src/overlay/overlayHost';
import { flowsLayer, type FlowsProps } from '../../../src/overlay/flowsLayer';
import { canvasFlowsLayer } from '../../../src/overlay/canvas/canvasFlowsLayer';
import { prepareFlows } from '../../../src/marks/prepareFlows';
import { viewportFor, type Viewport } from '../../../src/overlay/viewport';
import type { ViewSource } from '../../../src/overlay/viewSource';
import type { StoryEvent } from '../../../src/data/types';
import { toWorld } from '../../../src/geo/mercator';
import storyEvents from '../../../data/events.json';

const params = new URLSearchParams(location.search);
const set = params.get('n') ?? 'story';
const [, renderer = 'svg', n = 'story'] = /^(?:(svg|canvas(?:-cpu)?(?:-perflow)?):)?(.*)$/.exec(set) ?? [];
const stage = document.getElementById('stage')!;

/** mulberry32: a seeded PRNG, so every run draws the same synthetic flows. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticDeals(count: number): StoryEvent[] {
  const random = rng(20251028);
  const place = (lon: number, lat: number) => ({ name: 'synthetic', lon, lat });
  return Array.from(
    { length: count },
    (_, i) =>
      ({
        id: `synthetic-${i}`,
        date: '2025-10-20',
        kind: 'deal',
        title: `Synthetic flow ${i}`,
        // Origins across North America, partners across Asia and the Pacific: every line crosses the ocean.
        deal: {
          partner: `P${i}`,
          origin: place(-125 + random() * 55, 28 + random() * 20),
          target: place(95 + random() * 60, -40 + random() * 80),
        },
        value: random() < 0.7 ? { usd: Math.round(random() * 9e9), label: 'synthetic value' } : null,
      }) as unknown as StoryEvent,
  );
}

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
const layer: OverlayLayer<FlowsProps> = host.add(
  renderer === 'svg'
    ? flowsLayer(handlers)
    : canvasFlowsLayer(handlers, {
        draw: renderer.endsWith('-perflow') ? 'per-flow' : 'grouped',
        // canvas-cpu:…: CPU raster on the main thread (a browser without a GPU); plain canvas
        // is GPU-rasterised, which on this machine means SwiftShader in the GPU process.
        context: renderer.includes('-cpu') ? { willReadFrequently: true } : undefined,
        casing: params.get('casing') !== '0',
      }),
);
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

Object.assign(window, { __bench: { run, flows: flows.length, renderer, ready: true } });
document.documentElement.dataset.state = 'ready';
