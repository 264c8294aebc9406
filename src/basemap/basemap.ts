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

/** The basemap as the build ships it (src/build/precutBasemap.ts): already cut, one object per layer. */
export type PrecutTopology = Topology<{
  countries: GeometryCollection<CountryProperties>;
  land: GeometryCollection;
  borders: GeometryCollection;
  coastline: GeometryCollection;
}>;

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
 * Converts the basemap into what the style draws. The built site ships it pre-cut (see
 * src/build/precutBasemap.ts), which only needs decoding; the source file in public/ (the dev server, the
 * tests) is merged, meshed and cut here: every polygon and line at the antimeridian (see
 * antimeridian.ts), so no segment jumps 180°.
 */
export function basemapGeoJSON(topology: BasemapTopology | PrecutTopology): BasemapGeoJSON {
  if (isPrecut(topology)) return decodePrecut(topology);
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

function isPrecut(topology: BasemapTopology | PrecutTopology): topology is PrecutTopology {
  return 'land' in topology.objects && 'borders' in topology.objects && 'coastline' in topology.objects;
}

function decodePrecut(topology: PrecutTopology): BasemapGeoJSON {
  const { objects } = topology;
  const countries = feature(topology, objects.countries).features.flatMap((f) => {
    if (!f.geometry) return [];
    const properties = f.properties;
    return [
      {
        type: 'Feature' as const,
        ...(properties.id === undefined ? {} : { id: properties.id }),
        properties,
        geometry: asMulti(f.geometry as Polygon | MultiPolygon),
      },
    ];
  });
  // A FeatureCollection (land) comes back as one; a single Feature (borders, coast) as a Feature.
  const one = <T>(o: GeometryCollection): T => {
    const decoded = feature(topology, o) as unknown as FeatureCollection | Feature;
    return ('features' in decoded ? decoded.features[0]?.geometry : decoded.geometry) as T;
  };
  return {
    land: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: asMulti(one<Polygon | MultiPolygon>(objects.land)) }] },
    countries: { type: 'FeatureCollection', features: countries },
    borders: lines(one<MultiLineString>(objects.borders)?.coordinates ?? []),
    coastline: lines(one<MultiLineString>(objects.coastline)?.coordinates ?? []),
  };
}

function asMulti(geometry: Polygon | MultiPolygon | undefined): MultiPolygon {
  if (!geometry) return { type: 'MultiPolygon', coordinates: [] };
  return geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] } : geometry;
}
