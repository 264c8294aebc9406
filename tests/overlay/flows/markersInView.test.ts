import { describe, expect, it } from 'vitest';
import { toWorld } from '../../../src/geo/mercator';
import { isMarkerInView, MARKER_MARGIN } from '../../../src/overlay/flows/markersInView';
import { viewportFor } from '../../../src/overlay/viewport';

// 1280 × 800 at zoom 3 over the western Pacific: 1° of longitude ≈ 11.4 px.
const view = viewportFor([150, 10], 3, 1280, 800);
const inView = (lon: number, lat: number, v = view) => isMarkerInView(v, toWorld([lon, lat]));

describe('isMarkerInView(v, world)', () => {
  it('is true for a marker in the view and false for one far off it', () => {
    expect(inView(139.7, 35.7)).toBe(true); // Tokyo
    expect(inView(121, 14.6)).toBe(true); // Manila
    expect(inView(2.35, 48.86)).toBe(false); // Paris
    expect(inView(-77, -12)).toBe(false); // Lima
  });

  it(`is true within ${MARKER_MARGIN} px of the edge, where the marker's label may show`, () => {
    // The view's left edge is 56° of longitude west of the centre: 94°E.
    expect(inView(90, 10)).toBe(true);
    expect(inView(70, 10)).toBe(false);
    // Below the bottom edge (about 34°S here).
    expect(inView(150, -45)).toBe(false);
  });

  it('finds a marker across the antimeridian on the world copy nearest the view', () => {
    const overDateLine = viewportFor([180, 0], 3, 1280, 800);
    expect(inView(178.4, -18.1, overDateLine)).toBe(true); // Suva
    expect(inView(-171.8, -13.8, overDateLine)).toBe(true); // Apia
  });
});
