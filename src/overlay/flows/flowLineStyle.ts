import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import { markGround, markPalettes } from '../../marks/markPalette';
import { themedColour } from '../../basemap/style';

/** The GeoJSON source that holds every flow line (its features' `id` property is the deal id). */
export const FLOW_SOURCE = 'flows';

/** The line layers, bottom to top: every casing, then every line. */
export const FLOW_LAYERS = {
  casing: 'flows-casing',
  line: 'flows-line',
} as const;

/** The white casing is this much wider than its line (screen px), as `.flow-casing` in app.css. */
export const CASING_EXTRA = 3;

/**
 * The active line is this much wider (screen px) than the others. In SVG it is drawn last,
 * on top; a MapLibre layer cannot reorder its features without laying them out again, so
 * among thousands it stands out by width as well as by colour.
 */
export const ACTIVE_EXTRA = 1.5;

/**
 * Per-feature state the layers read (`map.setFeatureState`). Neither is set in the data, so
 * changing the date or the hovered deal never touches the source, only these two flags.
 */
export interface FlowState {
  /** The deal is signed by the current date: drawn. */
  readonly inForce: boolean;
  /** Selected or under the pointer: wider, in the stronger blue. */
  readonly active: boolean;
}

const inForce: ExpressionSpecification = ['boolean', ['feature-state', 'inForce'], false];
const active: ExpressionSpecification = ['all', inForce, ['boolean', ['feature-state', 'active'], false]];
const width: ExpressionSpecification = ['get', 'width'];

/** The flow's width, plus `extra`, wider when active; 0 when not in force (with opacity 0: nothing drawn). */
function lineWidth(extra: number): ExpressionSpecification {
  return ['case', active, ['+', width, extra + ACTIVE_EXTRA], inForce, ['+', width, extra], 0];
}

/**
 * The two line layers, styled as the SVG flows layer is (app.css `.flow-casing`, `.flow-arc`,
 * `.flow.is-active .flow-arc`): a white casing 3 px wider at 0.85 opacity under every line,
 * the line in the US blue at 0.9, the active one in the stronger blue at full opacity.
 * Every casing is under every line, so where lines cross none is cut by another's casing.
 */
export function flowLineLayers(): LineLayerSpecification[] {
  const layout = { 'line-cap': 'round', 'line-join': 'round' } as const;
  const base = { type: 'line', source: FLOW_SOURCE, layout } as const;
  return [
    {
      ...base,
      id: FLOW_LAYERS.casing,
      paint: {
        'line-color': themedColour(markGround.light, markGround.dark),
        'line-opacity': ['case', inForce, 0.85, 0],
        'line-width': lineWidth(CASING_EXTRA),
      },
    },
    {
      ...base,
      id: FLOW_LAYERS.line,
      paint: {
        // The theme's colours, read from the map's global state (as the basemap's): a theme
        // change restyles the lines in place.
        'line-color': themedColour(
          ['case', active, markPalettes.light.usStrong, markPalettes.light.us],
          ['case', active, markPalettes.dark.usStrong, markPalettes.dark.us],
        ),
        'line-opacity': ['case', active, 1, inForce, 0.9, 0],
        'line-width': lineWidth(0),
      },
    },
  ];
}
