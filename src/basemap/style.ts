import type { ExpressionSpecification, FontFacesSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import labelData from '../../data/labels.json' with { type: 'json' };
import type { CountryLabel } from '../data/types.ts';
import type { BasemapGeoJSON } from './basemap.ts';
import { labelName } from '../i18n/labelNames.ts';

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
  /** Story-country labels (bold). */
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

/** Font names the style's symbol layers use, each declared in `font-faces`. */
export const FONT_REGULAR = 'Source Sans 3 Regular';
export const FONT_BOLD = 'Source Sans 3 Bold';

/** Layer ids, bottom to top, for code that needs to insert a layer between them. */
export const BASEMAP_LAYERS = {
  sea: 'basemap-sea',
  land: 'basemap-land',
  highlight: 'basemap-highlight',
  borders: 'basemap-borders',
  coastline: 'basemap-coastline',
  labels: 'basemap-labels',
} as const;

export type { CountryLabel };

export interface BasemapStyleOptions {
  basemap: BasemapGeoJSON;
  /** ISO numeric ids ('036') of the story countries: tinted fill, bold label. */
  highlight: readonly string[];
  /**
   * Absolute URL of the folder that holds source-sans-3-{400,700}.woff2, on the page's own
   * origin: `new URL('fonts/', document.baseURI)`.
   */
  fontBase: string | URL;
  /** Country labels; data/labels.json unless given. */
  labels?: readonly CountryLabel[];
}

/**
 * The MapLibre style for the basemap. Every source is inline GeoJSON and the only URLs are
 * the two font files under `fontBase`: no glyph server, no sprite, no tiles.
 */
export function basemapStyle(options: BasemapStyleOptions): StyleSpecification {
  const { basemap, highlight, fontBase, labels = (labelData.labels as CountryLabel[]).map((l) => ({ ...l, name: labelName(l) })) } = options;
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
    {
      id: BASEMAP_LAYERS.labels,
      type: 'symbol',
      source: 'labels',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['case', isStory, ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, ['case', isStory, 12, 11], 5, ['case', isStory, 16, 14]],
        'text-letter-spacing': 0.02,
        'text-max-width': 7,
        // Story countries win collisions; neighbours appear as room allows.
        'symbol-sort-key': ['case', isStory, 0, 1],
        'text-padding': 4,
      },
      paint: {
        'text-color': ['case', isStory, palette.label, palette.labelMuted],
        'text-halo-color': palette.labelHalo,
        'text-halo-width': 1.5,
        'text-halo-blur': 0.5,
      },
    },
  ];
  return {
    version: 8,
    name: 'critical-minerals basemap',
    'font-faces': fontFaces(fontBase),
    sources: {
      land: { ...geojson, data: basemap.land },
      countries: { ...geojson, data: basemap.countries, promoteId: 'id' },
      borders: { ...geojson, data: basemap.borders },
      coastline: { ...geojson, data: basemap.coastline },
      labels: { ...geojson, data: labelPoints(labels) },
    },
    layers,
  };
}

function fontFaces(fontBase: string | URL): FontFacesSpecification {
  return {
    [FONT_REGULAR]: new URL('source-sans-3-400.woff2', fontBase).href,
    [FONT_BOLD]: new URL('source-sans-3-700.woff2', fontBase).href,
  };
}

function labelPoints(labels: readonly CountryLabel[]): FeatureCollection<Point, { id: string; name: string }> {
  return {
    type: 'FeatureCollection',
    features: labels.map(({ id, name, at }) => ({
      type: 'Feature',
      properties: { id, name },
      geometry: { type: 'Point', coordinates: [...at] },
    })),
  };
}
