import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, merge, mesh } from 'topojson-client';
import { cutLine, cutPolygon, withoutMeridianEdges } from './antimeridian.ts';

/** What each country carries: its ISO 3166-1 numeric code (as in world-atlas) and name. */
export interface CountryProperties {
  /** ISO numeric code as a string ('036' = Australia); absent for a few disputed areas. */
  id?: string;
  name: string;
}

export type BasemapTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface BasemapGeoJSON {
  /** All countries merged: the land mass, without internal borders. */
  land: FeatureCollection<MultiPolygon>;
  /** One feature per country, `id` also copied to properties for style expressions. */
  countries: FeatureCollection<MultiPolygon, CountryProperties>;
  /** Land borders, each shared arc once. */
  borders: Feature<MultiLineString>;
  /** The coast: arcs used by one country only, minus the cut edges along ±180. */
  coastline: Feature<MultiLineString>;
}

/**
 * Converts public/basemap/world.topo.json into what the style draws. Every polygon and
 * line is cut at the antimeridian here (see antimeridian.ts), so no segment jumps 180°.
 */
export function basemapGeoJSON(topology: BasemapTopology): BasemapGeoJSON {
  const object = topology.objects.countries;
  const countries = feature(topology, object).features.flatMap((country) => {
    if (!country.geometry) return [];
    const id = country.id === undefined ? undefined : String(country.id);
    const properties: CountryProperties = id === undefined ? { name: country.properties.name } : { id, name: country.properties.name };
    const geometry = cutMultiPolygon(country.geometry as Polygon | MultiPolygon);
    return [{ type: 'Feature' as const, ...(id === undefined ? {} : { id }), properties, geometry }];
  });
  const land = merge(topology, object.geometries as never);
  const borders = mesh(topology, object, (a, b) => a !== b);
  const coast = mesh(topology, object, (a, b) => a === b);
  return {
    land: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: cutMultiPolygon(land) }] },
    countries: { type: 'FeatureCollection', features: countries },
    borders: lines(borders.coordinates.flatMap(cutLine)),
    coastline: lines(coast.coordinates.flatMap(cutLine).flatMap(withoutMeridianEdges)),
  };
}

function cutMultiPolygon(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return { type: 'MultiPolygon', coordinates: polygons.flatMap(cutPolygon) };
}

function lines(coordinates: Position[][]): Feature<MultiLineString> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates } };
}
