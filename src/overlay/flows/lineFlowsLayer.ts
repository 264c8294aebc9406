import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { select } from 'd3-selection';
import { svgGroup, type OverlayLayer } from '../overlayHost';
import { dealMarkerBox, joinDealMarkers, placeDealMarker, type FlowsHandlers, type FlowsProps } from './dealMarkers';
import type { MarkerAnchors } from './flowsLayer';
import type { FlowMark } from '../../marks/prepareFlows';
import { flowLinesGeoJSON } from '../../marks/flowLinesGeoJSON';
import { toScreen, type Viewport } from '../viewport';
import { FLOW_SOURCE, flowLineLayers, type FlowState } from './flowLineStyle';
import { flowStateChanges } from './flowStateChanges';
import { isMarkerInView, MARKER_MARGIN } from './markersInView';

/** How far (screen px) the view may pan from the markers' anchor before they are placed again. */
const REANCHOR_PX = 600;
/**
 * Partner markers within this many px of the anchor view are displayed: what a pan of up
 * to REANCHOR_PX can bring into view, plus MARKER_MARGIN for a label beside its dot.
 */
const CULL_MARGIN = REANCHOR_PX + MARKER_MARGIN;

export interface LineFlowsOptions {
  /**
   * Every flow the layer may be asked to draw (the story's, whether in force or not): the
   * source is built from them once, and the date only changes which are shown.
   */
  readonly flows: readonly FlowMark[];
  /** The lines go under this style layer (the basemap labels) when the style has it, else on top. */
  readonly beforeId?: string;
}

/**
 * The US deal flows for many flows (see chooseFlowsRenderer): the LINES in two MapLibre
 * line layers (flowLineStyle), drawn by WebGL with the basemap under its labels (no script
 * per frame); the partner markers
 * (focusable buttons with the deal's accessible name, `.partner-marker[data-deal]`) and the
 * origin marker in the overlay SVG, as in flowsLayer.
 *
 * One GeoJSON source holds every flow of `options.flows`, built when the map's style is
 * first ready. An update never rebuilds it: which deals are in force and which one is
 * active are feature states (flowStateChanges lists only what changed: a hover is two
 * `setFeatureState` calls). Only a flow the source does not hold yet (not in
 * `options.flows`) makes it build the data again.
 *
 * Only the markers in or near the view are displayed, and a pan moves them with one
 * transform (placeMarkers), so a panning frame costs one attribute write, not one per flow.
 * No motion: the direction is given by the markers (origin "Washington", partner names),
 * not by an animated dash.
 */
export function lineFlowsLayer(map: MapLibreMap, handlers: FlowsHandlers, options: LineFlowsOptions): OverlayLayer<FlowsProps> & MarkerAnchors {
  const root = svgGroup('flows-layer flows-layer-lines');
  const markers = select(root).append('g').attr('class', 'markers');
  let all: readonly FlowMark[] = options.flows;
  let known = new Set(all.map((f) => f.id));
  let dataStale = false;
  /** The feature states as set on the map's source. */
  const states = new Map<string, FlowState>();
  let props: FlowsProps = { flows: [], activeId: null, origin: null };
  let viewport: Viewport | null = null;
  /** Every marker (partners in force and the origin), where it points in world coordinates, and whether it is displayed. */
  let placed: { el: SVGGElement; world: readonly [number, number]; shown: boolean; partner: boolean }[] = [];
  /** The view the markers' own coordinates are written for (see placeMarkers), and the one each marker was placed for. */
  let anchor: Viewport | null = null;
  const placedFor = new WeakMap<Element, Viewport>();
  let removed = false;

  const onRemove = () => {
    removed = true;
  };
  // A style set again (setStyle) comes without our source: build it again then.
  const onStyleLoad = () => sync();
  map.on('remove', onRemove);
  map.on('style.load', onStyleLoad);

  /**
   * Whether sources and layers may be added. `isStyleLoaded()` is no use here: it is false
   * whenever any source is still tiling, which with thousands of lines is much of the time.
   */
  function styleReady(): boolean {
    return !removed && map.style?._loaded === true;
  }

  /** Makes the map's source and layers match `all` and the feature states match `props`. */
  function sync(): void {
    if (!styleReady()) return;
    const source = map.getSource<GeoJSONSource>(FLOW_SOURCE);
    if (!source) {
      map.addSource(FLOW_SOURCE, { type: 'geojson', data: flowLinesGeoJSON(all), promoteId: 'id', maxzoom: 6 });
      const before = options.beforeId && map.getLayer(options.beforeId) ? options.beforeId : undefined;
      for (const layer of flowLineLayers()) map.addLayer(layer, before);
      // A new source starts with no feature state.
      states.clear();
    } else if (dataStale) {
      // MapLibre keeps feature states across setData: ids that stay keep theirs.
      void source.setData(flowLinesGeoJSON(all));
    }
    dataStale = false;
    for (const [id, state] of flowStateChanges(states, props.flows, props.activeId)) {
      map.setFeatureState({ source: FLOW_SOURCE, id }, state);
      states.set(id, state);
    }
  }

  function update(next: FlowsProps): void {
    props = next;
    const unknown = props.flows.filter((f) => !known.has(f.id));
    if (unknown.length > 0) {
      all = [...all, ...unknown];
      known = new Set(all.map((f) => f.id));
      dataStale = true;
    }
    sync();
    joinMarkers();
    if (viewport) placeMarkers(viewport, true);
  }

  /** The partner marker that has keyboard focus, if any. */
  function focusedMarker(): Element | null {
    const el = root.ownerDocument.activeElement?.closest?.('.partner-marker');
    return el && root.contains(el) ? el : null;
  }

  /** Joins a marker for every deal in force (on update only: never per frame). */
  function joinMarkers(): void {
    const { partners, origin } = joinDealMarkers(markers, props, handlers);
    placed = [
      ...partners.nodes().map((el) => ({ el, world: select<SVGGElement, FlowMark>(el).datum().target, shown: el.style.display !== 'none', partner: true })),
      ...origin.nodes().map((el) => ({ el, world: select<SVGGElement, NonNullable<FlowsProps['origin']>>(el).datum().world, shown: true, partner: false })),
    ];
  }

  /**
   * Places the markers for view `v`, as a pan costs least: their group moves by one
   * transform, relative to an `anchor` view in which each marker's own coordinates are
   * written (placeDealMarker: no transform per marker). Partner markers farther than
   * CULL_MARGIN from the anchor are not displayed (nothing to lay out or paint, and Tab
   * skips them); a focused one stays. The anchor moves on a zoom, a resize and a pan of more
   * than REANCHOR_PX; then every marker is placed again, else only those new since the last
   * time (`rejoined`: after an update, which a hover is, so it costs two markers, not all).
   */
  function placeMarkers(v: Viewport, rejoined: boolean): void {
    const reanchor =
      !anchor ||
      anchor.k !== v.k ||
      anchor.width !== v.width ||
      anchor.height !== v.height ||
      Math.hypot(v.cx - anchor.cx, v.cy - anchor.cy) * v.k > REANCHOR_PX;
    if (reanchor) anchor = v;
    const at = anchor!;
    if (reanchor || rejoined) {
      const focused = focusedMarker();
      for (const m of placed) {
        if (!reanchor && placedFor.get(m.el) === at) continue;
        const show = !m.partner || m.el === focused || isMarkerInView(at, m.world, CULL_MARGIN);
        if (show !== m.shown) m.el.style.display = show ? '' : 'none';
        if (show) placeDealMarker(m.el, toScreen(at, m.world));
        m.shown = show;
        placedFor.set(m.el, at);
      }
    }
    markers.attr('transform', translate([(at.cx - v.cx) * v.k, (at.cy - v.cy) * v.k]));
  }

  return {
    root,
    update,
    reproject(v) {
      viewport = v;
      placeMarkers(v, false);
    },
    anchor: (id) => dealMarkerBox(markers, id),
    destroy() {
      root.remove();
      map.off('remove', onRemove);
      map.off('style.load', onStyleLoad);
      if (!styleReady()) return;
      for (const layer of flowLineLayers().reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(FLOW_SOURCE)) map.removeSource(FLOW_SOURCE);
    },
  };
}

function translate([x, y]: [number, number]): string {
  return `translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`;
}
