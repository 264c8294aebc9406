import type { Map as MapLibreMap } from 'maplibre-gl';
import type { FlowMark } from '../../marks/prepareFlows';
import type { FlowsHandlers, FlowsProps } from './dealMarkers';
import { flowsLayer, type MarkerAnchors } from './flowsLayer';
import { chooseFlowsRenderer, type FlowsRenderer } from './flowsRenderer';
import { lineFlowsLayer } from './lineFlowsLayer';
import { svgGroup, type OverlayLayer } from '../overlayHost';
import type { Viewport } from '../viewport';

export interface AdaptiveFlowsOptions {
  /** Every flow of the story: their number picks the renderer, and the line layer's source holds them. */
  readonly flows: readonly FlowMark[];
  /** The MapLibre map while it draws, else null (StoryMap.maplibre); read on every update and move. */
  readonly maplibre: () => MapLibreMap | null;
  /** Whether forced-colours mode is on (a MediaQueryList's `matches`); read likewise. */
  readonly forcedColors: () => boolean;
}

/**
 * The US deal flows, drawn by whichever renderer chooseFlowsRenderer picks for the story's
 * flow count and the map in hand: the SVG flowsLayer, or lineFlowsLayer in that MapLibre map.
 * The choice is made again on every update and move, so the flows follow the map when it
 * changes renderer (a lost WebGL context that hands over to the SVG map, or an SVG map that
 * hands over to MapLibre): the old layer is destroyed and the new one gets the last props.
 * The group says which draws, as `data-renderer="svg|maplibre"`.
 */
export function adaptiveFlowsLayer(handlers: FlowsHandlers, options: AdaptiveFlowsOptions): OverlayLayer<FlowsProps> & MarkerAnchors {
  const root = svgGroup('flows-renderer');
  let inner: { kind: FlowsRenderer; map: MapLibreMap | null; layer: OverlayLayer<FlowsProps> & MarkerAnchors } | null = null;
  let props: FlowsProps | null = null;
  let viewport: Viewport | null = null;

  /** The layer for the current map, made (and brought up to date) if the choice changed; `fresh` then. */
  function current(): { layer: OverlayLayer<FlowsProps> & MarkerAnchors; fresh: boolean } {
    const map = options.maplibre();
    const kind = chooseFlowsRenderer(options.flows.length, { maplibre: map !== null, forcedColors: options.forcedColors() });
    const target = kind === 'maplibre' ? map : null;
    if (inner && inner.kind === kind && inner.map === target) return { layer: inner.layer, fresh: false };
    inner?.layer.destroy();
    const layer = target ? lineFlowsLayer(target, handlers, { flows: options.flows }) : flowsLayer(handlers);
    inner = { kind, map: target, layer };
    // Which renderer draws the lines, for tests and for a reader of the DOM.
    root.setAttribute('data-renderer', kind);
    root.append(layer.root);
    if (viewport) layer.reproject(viewport);
    if (props) layer.update(props);
    return { layer, fresh: true };
  }

  return {
    root,
    update(next) {
      props = next;
      const { layer, fresh } = current();
      if (!fresh) layer.update(next);
    },
    reproject(v) {
      viewport = v;
      const { layer, fresh } = current();
      if (!fresh) layer.reproject(v);
    },
    anchor: (id) => inner?.layer.anchor(id) ?? null,
    destroy() {
      inner?.layer.destroy();
      inner = null;
      root.remove();
    },
  };
}
