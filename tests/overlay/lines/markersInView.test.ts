import { describe, expect, it } from 'vitest';
import { toWorld } from '../../../src/geo/mercator';
import { MARKER_MARGIN, markersInView } from '../../../src/overlay/lines/markersInView';
import { viewportFor } from '../../../src/overlay/viewport';

// 1280 × 800 at zoom 3 over the western Pacific: 1° of longitude ≈ 11.4 px.
const view = viewportFor([150, 10], 3, 1280, 800);
const at = (id: string, lon: number, lat: number) => ({ id, target: toWorld([lon, lat]) });

describe('markersInView(flows, v)', () => {
  it('keeps the markers in the view, in their order, and drops those far off it', () => {
    const flows = [at('tokyo', 139.7, 35.7), at('paris', 2.35, 48.86), at('manila', 121, 14.6), at('lima', -77, -12)];
    expect(markersInView(flows, view).map((f) => f.id)).toEqual(['tokyo', 'manila']);
  });

  it(`keeps a marker within ${MARKER_MARGIN} px of the edge, whose label may show`, () => {
    // The view's left edge is 56° of longitude west of the centre: 94°E.
    expect(markersInView([at('just-off', 90, 10)], view).map((f) => f.id)).toEqual(['just-off']);
    expect(markersInView([at('far-off', 70, 10)], view).map((f) => f.id)).toEqual([]);
  });

  it('finds a marker across the antimeridian on the world copy nearest the view', () => {
    const overDateLine = viewportFor([180, 0], 3, 1280, 800);
    expect(markersInView([at('suva', 178.4, -18.1), at('apia', -171.8, -13.8)], overDateLine).map((f) => f.id)).toEqual(['suva', 'apia']);
  });

  it('keeps the focused marker wherever it is, so a pan never takes keyboard focus away', () => {
    expect(markersInView([at('paris', 2.35, 48.86), at('tokyo', 139.7, 35.7)], view, 'paris').map((f) => f.id)).toEqual(['paris', 'tokyo']);
  });
});
