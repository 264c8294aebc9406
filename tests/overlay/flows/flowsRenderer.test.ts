import { describe, expect, it } from 'vitest';
import { chooseFlowsRenderer, MAPLIBRE_FLOWS_THRESHOLD } from '../../../src/overlay/flows/flowsRenderer';

describe('chooseFlowsRenderer(count, env)', () => {
  it("keeps the story's few flows in SVG and draws many in MapLibre", () => {
    expect(chooseFlowsRenderer(4, { maplibre: true })).toBe('svg');
    expect(chooseFlowsRenderer(MAPLIBRE_FLOWS_THRESHOLD, { maplibre: true })).toBe('svg');
    expect(chooseFlowsRenderer(MAPLIBRE_FLOWS_THRESHOLD + 1, { maplibre: true })).toBe('maplibre');
    expect(chooseFlowsRenderer(10_000, { maplibre: true })).toBe('maplibre');
  });

  it('stays SVG without a MapLibre map (no WebGL, or a lost context), whatever the count', () => {
    expect(chooseFlowsRenderer(10_000, { maplibre: false })).toBe('svg');
  });

  it('stays SVG in forced-colours mode, whatever the count', () => {
    expect(chooseFlowsRenderer(10_000, { maplibre: true, forcedColors: true })).toBe('svg');
  });
});
