/**
 * Above this many flows the lines are drawn on a canvas (./canvas/canvasFlowsLayer.ts, loaded only then): SVG
 * re-projection costs about 4 ms of script per frame at 100 flows, past the 4 ms budget
 * for 1,000. The story's few flows stay SVG (`path.flow-arc[data-deal]`, the dash motion).
 */
export const CANVAS_FLOWS_THRESHOLD = 50;

export type FlowsRenderer = 'svg' | 'canvas';

/**
 * The one place the flows renderer is chosen. Forced-colours mode keeps SVG at any count:
 * the browser recolours SVG strokes to system colours, never a canvas's pixels.
 */
export function chooseFlowsRenderer(count: number, env: { forcedColors?: boolean } = {}): FlowsRenderer {
  if (env.forcedColors) return 'svg';
  return count > CANVAS_FLOWS_THRESHOLD ? 'canvas' : 'svg';
}
