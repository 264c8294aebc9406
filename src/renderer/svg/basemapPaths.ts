import { geoPath, geoTransform } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { toWorld } from '../../geo/mercator.ts';
import type { BasemapGeoJSON } from '../../basemap/basemap.ts';

/** The basemap as SVG path data in world coordinates (zoom 0, 512 units wide), ready to draw. */
export interface BasemapPaths {
  readonly land: string;
  /** The story countries, tinted. */
  readonly highlight: string;
  readonly borders: string;
  readonly coastline: string;
}

/**
 * A d3-geo projection that is exactly MapLibre's Web Mercator world (src/geo/mercator.ts
 * toWorld): the same as geoMercator().scale(512 / 2π).translate([256, 256]), but planar.
 * The basemap is already cut at ±180° (antimeridian.ts), so d3's spherical clipping and its
 * winding-order convention (clockwise outer rings) must not be applied a second time: a
 * ring d3 reads as counter-clockwise would fill the whole globe.
 */
export const worldProjection = geoTransform({
  point(lon: number, lat: number) {
    const [x, y] = toWorld([lon, lat]);
    this.stream.point(x, y);
  },
});

/**
 * Basemap GeoJSON → path strings, 3 decimals by default (a 64th of a pixel at the maximum
 * zoom, 6); a still at a fixed zoom can take fewer.
 */
export function basemapPaths(basemap: BasemapGeoJSON, highlight: readonly string[], digits = 3): BasemapPaths {
  const path = geoPath(worldProjection).digits(digits);
  const ids = new Set(highlight);
  const draw = (object: GeoPermissibleObjects) => path(object) ?? '';
  return {
    land: draw(basemap.land),
    highlight: draw({
      type: 'FeatureCollection',
      features: basemap.countries.features.filter((f) => f.properties.id !== undefined && ids.has(f.properties.id)),
    } as GeoPermissibleObjects),
    borders: draw(basemap.borders),
    coastline: draw(basemap.coastline),
  };
}
