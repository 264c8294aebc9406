/**
 * Above this many flows the lines are drawn by MapLibre (./lines/lineFlowsLayer.ts): SVG
 * re-projection costs about 4 ms of script per frame at 100 flows, past the 4 ms budget
 * for 1,000. The story's few flows stay SVG (`path.flow-arc[data-deal]`, the dash motion).
 */
export const MAPLIBRE_FLOWS_THRESHOLD = 50;

export type FlowsRenderer = 'svg' | 'maplibre';

export interface FlowsRendererEnv {
  /** A MapLibre map is drawing (false: the SVG map, without WebGL or after a lost context). */
  readonly maplibre: boolean;
  /** Forced-colours mode (Windows High Contrast). */
  readonly forcedColors?: boolean;
}

/**
 * The one place the flows renderer is chosen. Without a MapLibre map there is nothing to
 * draw lines into, and forced-colours mode keeps SVG at any count: the browser recolours SVG
 * strokes to system colours, never WebGL pixels.
 */
export function chooseFlowsRenderer(count: number, env: FlowsRendererEnv): FlowsRenderer {
  if (!env.maplibre || env.forcedColors) return 'svg';
  return count > MAPLIBRE_FLOWS_THRESHOLD ? 'maplibre' : 'svg';
}
