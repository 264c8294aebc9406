import type { DataDrivenPropertyValueSpecification, ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import { markPalette } from '../../marks/markPalette';

/** The GeoJSON source that holds every flow line (its features' `id` property is the deal id). */
export const FLOW_SOURCE = 'flows';

/** The line layers, bottom to top: every casing, every line, then the active deal's casing and line. */
export const FLOW_LAYERS = {
  casing: 'flows-casing',
  line: 'flows-line',
  activeCasing: 'flows-active-casing',
  activeLine: 'flows-active-line',
} as const;

/** The white casing is this much wider than its line (screen px), as `.flow-casing` in app.css. */
export const CASING_EXTRA = 3;

/**
 * Per-feature state the layers read (`map.setFeatureState`). Neither is set in the data, so
 * changing the date or the hovered deal never touches the source, only these two flags.
 */
export interface FlowState {
  /** The deal is signed by the current date: drawn. */
  readonly inForce: boolean;
  /** Selected or under the pointer: drawn again on top, in the stronger blue. */
  readonly active: boolean;
}

const inForce: ExpressionSpecification = ['boolean', ['feature-state', 'inForce'], false];
const active: ExpressionSpecification = ['all', inForce, ['boolean', ['feature-state', 'active'], false]];
const width: ExpressionSpecification = ['get', 'width'];

/**
 * `value` where `when` holds, else 0. A line of width 0 covers no pixel, so a deal that is not
 * in force (or, on the top layers, not active) costs the GPU its vertices only.
 */
function only(when: ExpressionSpecification, value: DataDrivenPropertyValueSpecification<number>): ExpressionSpecification {
  return ['case', when, value as ExpressionSpecification, 0];
}

/**
 * The four line layers, styled as the SVG flows layer is (app.css `.flow-casing`, `.flow-arc`,
 * `.flow.is-active .flow-arc`): a white casing 3 px wider at 0.85 opacity under every line, the
 * line in the US blue at 0.9, the active one in the stronger blue at full opacity. In SVG the
 * active line is moved last; a layer cannot reorder its features without a new layout, so the
 * active deal is drawn a second time, by the two top layers, and is invisible there otherwise.
 */
export function flowLineLayers(): LineLayerSpecification[] {
  const layout = { 'line-cap': 'round', 'line-join': 'round' } as const;
  const base = { type: 'line', source: FLOW_SOURCE, layout } as const;
  return [
    {
      ...base,
      id: FLOW_LAYERS.casing,
      paint: { 'line-color': markPalette.paper, 'line-opacity': 0.85, 'line-width': only(inForce, ['+', width, CASING_EXTRA]) },
    },
    {
      ...base,
      id: FLOW_LAYERS.line,
      paint: {
        'line-color': ['case', active, markPalette.usStrong, markPalette.us],
        'line-opacity': ['case', active, 1, 0.9],
        'line-width': only(inForce, width),
      },
    },
    {
      ...base,
      id: FLOW_LAYERS.activeCasing,
      paint: { 'line-color': markPalette.paper, 'line-opacity': 0.85, 'line-width': only(active, ['+', width, CASING_EXTRA]) },
    },
    {
      ...base,
      id: FLOW_LAYERS.activeLine,
      paint: { 'line-color': markPalette.usStrong, 'line-opacity': 1, 'line-width': only(active, width) },
    },
  ];
}
