import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { CountryLabel } from '../data/types.ts';
import type { BasemapGeoJSON } from './basemap.ts';

/**
 * The basemap's colours. Quiet on purpose: the overlay (arcs, red and blue markers) is the
 * story. Text colours keep a WCAG contrast of at least 4.5:1 against the sea, the land and
 * the highlight fill (tests/basemap/style.test.ts checks it).
 */
export const palette = {
  sea: '#dde8ef',
  land: '#f6f5f1',
  /** Fill of the story countries (the `highlight` ids). */
  landHighlight: '#ebe6da',
  border: '#b3b8be',
  coastline: '#9fb3c1',
  /** Story-country labels (bold), drawn over the map by src/overlay/labelsLayer.ts. */
  label: '#2b333b',
  /** Neighbour labels (regular). */
  labelMuted: '#56616b',
  labelHalo: '#f6f5f1',
} as const;

/**
 * Line widths in CSS px by zoom, [zoom, width] at each end, linear between and flat outside:
 * one rule for the MapLibre style and the SVG map, so the hand-over from one to the other
 * (src/renderer/storyMap.ts) leaves every line where and as wide as it was.
 */
export const LINE_WIDTHS = {
  borders: [
    [1, 0.5],
    [6, 1],
  ],
  coastline: [
    [1, 0.4],
    [6, 0.9],
  ],
} as const satisfies Record<string, readonly [readonly [number, number], readonly [number, number]]>;

type WidthStops = (typeof LINE_WIDTHS)[keyof typeof LINE_WIDTHS];

/** The width at `zoom`, as MapLibre's ['interpolate', ['linear'], ['zoom'], …] computes it. */
export function lineWidthAt([[z0, w0], [z1, w1]]: WidthStops, zoom: number): number {
  const t = Math.max(0, Math.min(1, (zoom - z0) / (z1 - z0)));
  return w0 + (w1 - w0) * t;
}

function widthExpression([[z0, w0], [z1, w1]]: WidthStops): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], z0, w0, z1, w1];
}

/** Layer ids, bottom to top, for code that needs to insert a layer between them. */
export const BASEMAP_LAYERS = {
  sea: 'basemap-sea',
  land: 'basemap-land',
  highlight: 'basemap-highlight',
  borders: 'basemap-borders',
  coastline: 'basemap-coastline',
} as const;

export type { CountryLabel };

export interface BasemapStyleOptions {
  basemap: BasemapGeoJSON;
  /** ISO numeric ids ('036') of the story countries: tinted fill. */
  highlight: readonly string[];
}

/**
 * The MapLibre style for the basemap. Every source is inline GeoJSON and there are no URLs:
 * no glyph server, no fonts, no sprite, no tiles. The country names are not MapLibre's:
 * the browser draws them over the map (src/overlay/labelsLayer.ts), which spares MapLibre
 * its glyph work at start (seconds of main thread on a phone), shapes every script the
 * browser can, and leaves them in place when MapLibre takes over from the SVG preview.
 */
export function basemapStyle(options: BasemapStyleOptions): StyleSpecification {
  const { basemap, highlight } = options;
  const isStory: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...highlight]]];
  const geojson = { type: 'geojson', maxzoom: 6 } as const;
  const layers: LayerSpecification[] = [
    { id: BASEMAP_LAYERS.sea, type: 'background', paint: { 'background-color': palette.sea } },
    { id: BASEMAP_LAYERS.land, type: 'fill', source: 'land', paint: { 'fill-color': palette.land } },
    {
      id: BASEMAP_LAYERS.highlight,
      type: 'fill',
      source: 'countries',
      filter: isStory,
      paint: { 'fill-color': palette.landHighlight },
    },
    {
      id: BASEMAP_LAYERS.borders,
      type: 'line',
      source: 'borders',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.border, 'line-width': widthExpression(LINE_WIDTHS.borders) },
    },
    {
      id: BASEMAP_LAYERS.coastline,
      type: 'line',
      source: 'coastline',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.coastline, 'line-width': widthExpression(LINE_WIDTHS.coastline) },
    },
  ];
  return {
    version: 8,
    name: 'critical-minerals basemap',
    sources: {
      land: { ...geojson, data: basemap.land },
      countries: { ...geojson, data: basemap.countries, promoteId: 'id' },
      borders: { ...geojson, data: basemap.borders },
      coastline: { ...geojson, data: basemap.coastline },
    },
    layers,
  };
}
