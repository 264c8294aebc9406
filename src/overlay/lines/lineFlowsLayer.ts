import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { select } from 'd3-selection';
import { svgGroup, type OverlayLayer } from '../overlayHost';
import { dealMarkerBox, joinDealMarkers, type FlowsHandlers, type FlowsProps } from '../dealMarkers';
import type { MarkerAnchors } from '../flowsLayer';
import type { FlowMark } from '../../marks/prepareFlows';
import { flowLinesGeoJSON } from '../../marks/flowLinesGeoJSON';
import { toScreen, type Viewport } from '../viewport';
import { FLOW_SOURCE, flowLineLayers, type FlowState } from './flowLineStyle';
import { flowStateChanges } from './flowStateChanges';
import { markersInView } from './markersInView';

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
 * The US deal flows for many flows (see chooseFlowsRenderer): the LINES in MapLibre line
 * layers, drawn by WebGL with the basemap (no script per frame); the partner markers
 * (focusable buttons with the deal's accessible name, `.partner-marker[data-deal]`) and the
 * origin marker in the overlay SVG, as in flowsLayer.
 *
 * One GeoJSON source holds every flow of `options.flows`, built when the map's style is
 * first ready. An update never rebuilds it: which deals are in force and which one is
 * active are feature states (flowStateChanges lists only what changed: a hover is two
 * `setFeatureState` calls). Only a flow the source does not hold yet (not in
 * `options.flows`) makes it build the data again.
 *
 * Only the markers in or near the view are in the DOM (markersInView), so thousands of
 * flows cost a move only the markers a reader can see, and Tab never lands on a marker off
 * screen; a focused marker stays wherever the map goes. No motion: the direction is given
 * by the markers (origin "Washington", partner names), not by an animated dash.
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
  let shown: readonly FlowMark[] = [];
  let partnerNodes: { el: SVGGElement; world: readonly [number, number] }[] = [];
  let originNode: { el: SVGGElement; world: readonly [number, number] } | null = null;
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
    if (viewport) placeMarkers(viewport, true);
  }

  /** The deal whose marker has keyboard focus, if any. */
  function focusedId(): string | null {
    const el = root.ownerDocument.activeElement?.closest?.('.partner-marker');
    return el && root.contains(el) ? (select<Element, FlowMark>(el).datum()?.id ?? null) : null;
  }

  function placeMarkers(v: Viewport, rejoin: boolean): void {
    const inView = markersInView(props.flows, v, focusedId());
    if (rejoin || inView.length !== shown.length || inView.some((f, i) => f !== shown[i])) {
      shown = inView;
      const { partners, origin } = joinDealMarkers(
        markers,
        { flows: shown, activeId: props.activeId, origin: props.flows.length > 0 ? props.origin : null },
        handlers,
      );
      partnerNodes = partners.nodes().map((el) => ({ el, world: select<SVGGElement, FlowMark>(el).datum().target }));
      originNode = origin.empty() ? null : { el: origin.node()!, world: origin.datum().world };
    }
    for (const m of partnerNodes) m.el.setAttribute('transform', translate(toScreen(v, m.world)));
    if (originNode) originNode.el.setAttribute('transform', translate(toScreen(v, originNode.world)));
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
