import { select } from 'd3-selection';
import { canvasDpr, svgGroup, type OverlayLayer } from '../overlayHost';
import type { FlowsHandlers, FlowsProps } from '../dealMarkers';
import type { MarkerAnchors } from '../flowsLayer';
import type { FlowMark } from '../../marks/prepareFlows';
import { dealMarkerBox, joinDealMarkers } from '../dealMarkers';
import { toScreen, type Viewport } from '../viewport';
import { copyTransform, groupByStyle, isVisibleOn, visibleCopies, type StyleGroup } from './canvasFlows';

export interface CanvasFlowsOptions {
  /**
   * 'grouped' (default): one Path2D per style group, built on update, one stroke() per group
   * per world copy. 'per-flow': one stroke() per flow per world copy (kept for the bench).
   */
  readonly draw?: 'grouped' | 'per-flow';
  /**
   * Context settings. The default lets the browser rasterise on the GPU; the bench passes
   * { willReadFrequently: true } to measure CPU raster, what a browser without a GPU does.
   */
  readonly context?: CanvasRenderingContext2DSettings;
  /** The white casing under the lines (default true, as in SVG); false halves the strokes. */
  readonly casing?: boolean;
}

/** The white casing is this much wider than its line, as in the SVG layer (.flow-casing). */
const CASING_EXTRA = 3;
/** Screen px around the view within which a marker (its dot and label) may show. */
const MARKER_MARGIN = 300;
const FALLBACK = { us: '#1f4fbf', usStrong: '#143a94' };

/**
 * The US deal flows for many flows (see chooseFlowsRenderer): the LINES on a canvas under
 * the overlay SVG, the partner markers (focusable buttons with the deal's accessible name,
 * `.partner-marker[data-deal]`) and the origin marker in SVG, as in flowsLayer.
 *
 * On update each flow's line becomes a Path2D in world coordinates (zoom 0), once, and the
 * flows are grouped by stroke style; on every frame the canvas is cleared and each group is
 * stroked once per visible world copy under one setTransform (scale = dpr·2^zoom), with the
 * line width divided by 2^zoom so widths stay in screen pixels.
 *
 * No motion on the canvas, ever (reduced motion or not): the direction is given by the
 * markers (origin "Washington", partner names), not by an animated dash.
 * Lines are drawn under every SVG layer (production circles, event markers), not over them.
 */
export function canvasFlowsLayer(
  handlers: FlowsHandlers,
  options: CanvasFlowsOptions = {},
): OverlayLayer<FlowsProps> & MarkerAnchors & { readonly canvas: HTMLCanvasElement } {
  const mode = options.draw ?? 'grouped';
  const withCasing = options.casing ?? true;
  const root = svgGroup('flows-layer flows-layer-canvas');
  const markers = select(root).append('g').attr('class', 'markers');
  const canvas = document.createElement('canvas');
  canvas.className = 'flows-canvas';
  canvas.setAttribute('aria-hidden', 'true');
  for (const [k, val] of [
    ['position', 'absolute'],
    ['left', '0'],
    ['top', '0'],
    ['pointer-events', 'none'],
  ] as const)
    canvas.style.setProperty(k, val);
  const ctx = canvas.getContext('2d', options.context);

  let props: FlowsProps = { flows: [], activeId: null, origin: null };
  let viewport: Viewport | null = null;
  /** Per flow, built once per geometry (keyed by id; rebuilt if its `d` changes). */
  const paths = new Map<string, { d: string; path: Path2D }>();
  let groups: StyleGroup[] = [];
  let groupPaths: Path2D[] = [];
  let flowPaths: Path2D[] = [];
  let pad = 0;
  let colours = FALLBACK;
  let markerNodes: { el: SVGGElement; world: readonly [number, number]; shown: boolean }[] = [];
  let originNode: { el: SVGGElement; world: readonly [number, number] } | null = null;
  let lastSize: [number, number] = [0, 0];

  function pathFor(f: FlowMark): Path2D {
    const cached = paths.get(f.id);
    if (cached && cached.d === f.d) return cached.path;
    const path = new Path2D(f.d);
    paths.set(f.id, { d: f.d, path });
    return path;
  }

  function update(next: FlowsProps): void {
    const geometryChanged = next.flows !== props.flows || next.activeId !== props.activeId;
    props = next;
    if (geometryChanged) {
      const ids = new Set(props.flows.map((f) => f.id));
      for (const id of paths.keys()) if (!ids.has(id)) paths.delete(id);
      flowPaths = props.flows.map(pathFor);
      groups = groupByStyle(props.flows, props.activeId);
      groupPaths =
        mode === 'grouped'
          ? groups.map((g) => {
              const combined = new Path2D();
              for (const i of g.members) combined.addPath(flowPaths[i]!);
              return combined;
            })
          : [];
      pad = (Math.max(0, ...groups.map((g) => g.width)) + CASING_EXTRA) / 2 + 1;
    }
    colours = readColours();

    const { partners, origin } = joinDealMarkers(markers, props, handlers);
    markerNodes = partners.nodes().map((el) => ({ el, world: select<SVGGElement, FlowMark>(el).datum().target, shown: true }));
    originNode = origin.empty() ? null : { el: origin.node()!, world: origin.datum().world };

    if (viewport) reproject(viewport);
  }

  function readColours(): typeof FALLBACK {
    if (!canvas.isConnected) return FALLBACK;
    const style = getComputedStyle(canvas);
    return {
      us: style.getPropertyValue('--us').trim() || FALLBACK.us,
      usStrong: style.getPropertyValue('--us-strong').trim() || FALLBACK.usStrong,
    };
  }

  function draw(v: Viewport): void {
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (groups.length === 0) return;
    const dpr = canvasDpr();
    ctx.lineCap = 'round';
    // Bevel joins: the lines are polylines of ~65 short segments bending by a degree or
    // two, where a bevel looks the same as a round join and costs less to stroke.
    ctx.lineJoin = 'bevel';
    // Casings under all lines, then the lines; the active flow's casing and line last.
    for (const active of [false, true]) {
      for (const casing of withCasing ? [true, false] : [false]) {
        ctx.strokeStyle = casing ? '#fff' : active ? colours.usStrong : colours.us;
        ctx.globalAlpha = casing ? 0.85 : active ? 1 : 0.9;
        for (let gi = 0; gi < groups.length; gi++) {
          const g = groups[gi]!;
          if (g.active !== active) continue;
          const lineWidth = g.width + (casing ? CASING_EXTRA : 0);
          for (const copy of visibleCopies(g.extent, v, pad)) {
            ctx.setTransform(...copyTransform(v, copy, dpr));
            ctx.lineWidth = lineWidth / v.k;
            if (mode === 'grouped') {
              ctx.stroke(groupPaths[gi]!);
            } else {
              for (const i of g.members) {
                if (isVisibleOn(props.flows[i]!.extent, v, copy, pad)) ctx.stroke(flowPaths[i]!);
              }
            }
          }
        }
      }
    }
    ctx.globalAlpha = 1;
  }

  function reproject(v: Viewport): void {
    viewport = v;
    draw(v);
    // A marker off screen keeps its last off-screen position (screen coordinates do not
    // move with the map) and is not rewritten until it comes back; it stays focusable.
    const resized = v.width !== lastSize[0] || v.height !== lastSize[1];
    lastSize = [v.width, v.height];
    for (const m of markerNodes) {
      const [x, y] = toScreen(v, m.world);
      const show = x > -MARKER_MARGIN && x < v.width + MARKER_MARGIN && y > -MARKER_MARGIN && y < v.height + MARKER_MARGIN;
      if (show || m.shown || resized) m.el.setAttribute('transform', translate(x, y));
      m.shown = show;
    }
    if (originNode) originNode.el.setAttribute('transform', translate(...toScreen(v, originNode.world)));
  }

  return {
    root,
    canvas,
    update,
    reproject,
    anchor: (id) => dealMarkerBox(markers, id),
    destroy() {
      root.remove();
      canvas.remove();
      paths.clear();
    },
  };
}

function translate(x: number, y: number): string {
  return `translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`;
}
