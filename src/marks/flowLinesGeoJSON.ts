import type { Feature, FeatureCollection, LineString } from 'geojson';
import { fromWorld } from '../geo/mercator.ts';
import { unwrapLongitudes } from '../geo/unwrap.ts';
import { pathPoints, type FlowMark } from './prepareFlows.ts';

/** What each line carries besides its geometry: the deal's id (the feature id) and its width. */
export interface FlowLineProperties {
  readonly id: string;
  /** Stroke width in screen pixels. */
  readonly width: number;
}

export type FlowLines = FeatureCollection<LineString, FlowLineProperties>;

/**
 * Flow marks → one GeoJSON LineString per deal, for a map that draws lines itself. The
 * geometry is the flow's own path (the great circle, or the westward bow, that prepareFlows
 * sampled), carried from world coordinates back to degrees. Longitudes stay continuous:
 * a line across the Pacific runs on past ±180° (Washington → Tokyo ends near −220°) rather
 * than jumping across the world, which is how MapLibre draws the short way round.
 */
export function flowLinesGeoJSON(flows: readonly Pick<FlowMark, 'id' | 'd' | 'width'>[]): FlowLines {
  return {
    type: 'FeatureCollection',
    features: flows.map(
      (f): Feature<LineString, FlowLineProperties> => ({
        type: 'Feature',
        properties: { id: f.id, width: f.width },
        geometry: { type: 'LineString', coordinates: unwrapLongitudes(pathPoints(f.d).map(fromWorld)) },
      }),
    ),
  };
}
