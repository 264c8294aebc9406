import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { basemapGeoJSON, type BasemapTopology, type PrecutTopology } from '../basemap/basemap.ts';

/**
 * Build time (the story-data Vite plugin): the basemap converted and cut at the
 * antimeridian once, here, and written back as one topology with the four objects the
 * style draws (countries, land, borders, coastline), so the page only decodes it
 * (topojson `feature`, a few ms) instead of merging, meshing and cutting (about 450 ms of
 * main thread on this machine). Shared edges stay shared arcs, so it is about the size of
 * the source. `quantization` is the source's own grid: the cut points on ±180° lie on the
 * box's edges and decode exactly there.
 */
export function precutBasemap(source: BasemapTopology): PrecutTopology {
  const geo = basemapGeoJSON(source);
  const [sx, sy] = source.transform?.scale ?? [0, 0];
  const [x0, y0, x1, y1] = source.bbox ?? [-180, -90, 180, 90];
  const quantization = source.transform ? Math.round(Math.max((x1 - x0) / sx, (y1 - y0) / sy)) + 1 : 1e5;
  const out = topology({ countries: geo.countries, land: geo.land, borders: geo.borders, coastline: geo.coastline }, quantization) as unknown as Topology;
  return out as PrecutTopology;
}
