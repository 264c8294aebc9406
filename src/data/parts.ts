// Checkers for the small shapes that several data files share: sources and places.
import type { Place, Source } from './types.ts';
import { child, httpsUrl, list, number, object, optionalIsoDate, text, type At, optionalText } from './validate.ts';

export function parseSource(at: At, field: string, value: unknown): Source {
  const o = object(at, field, value, ['publisher', 'title', 'url', 'date']);
  const source: Source = {
    publisher: text(at, child(field, 'publisher'), o.publisher),
    title: text(at, child(field, 'title'), o.title),
    url: httpsUrl(at, child(field, 'url'), o.url),
  };
  const date = optionalIsoDate(at, child(field, 'date'), o.date);
  if (date !== undefined) source.date = date;
  return source;
}

/** At least one source: every fact on screen must say where it comes from. */
export function parseSources(at: At, field: string, value: unknown): Source[] {
  return list(at, field, value, 1).map((entry, i) => parseSource(at, child(field, i), entry));
}

export function parseLatLon(at: At, field: string, o: Record<string, unknown>): { lat: number; lon: number } {
  return {
    lat: number(at, child(field, 'lat'), o.lat, { min: -90, max: 90 }),
    lon: number(at, child(field, 'lon'), o.lon, { min: -180, max: 180 }),
  };
}

export function parsePlace(at: At, field: string, value: unknown): Place {
  const o = object(at, field, value, ['name', 'label', 'lat', 'lon']);
  const label = optionalText(at, child(field, 'label'), o.label);
  return { name: text(at, child(field, 'name'), o.name), ...(label === undefined ? {} : { label }), ...parseLatLon(at, field, o) };
}
