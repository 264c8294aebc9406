// The story data as two CSV files, built from the validated data (never from the page), so
// what a reader downloads is what the map shows. Each row carries the date the facts were
// checked: a spreadsheet keeps a column where a comment line would break the header.
import type { StoryData } from '../data/types.ts';
import { toCsv } from './csv.ts';

export const EVENTS_CSV_HEADER = [
  'facts_checked_to',
  'date',
  'event',
  'kind',
  'place',
  'parties',
  'instrument',
  'value',
  'value_caveat',
  'status',
  'source_urls',
] as const;

export const PRODUCTION_CSV_HEADER = ['facts_checked_to', 'year', 'country', 'iso_numeric', 'tonnes_reo', 'footnote', 'source'] as const;

/** Several values in one cell, e.g. source URLs: a separator no URL or name contains. */
export const LIST_SEPARATOR = ' | ';

/** One row per event, in story order. Status is as of the checked date, as the table words it. */
export function eventsCsv(data: StoryData): string {
  const name = new Map(data.parties.map((p) => [p.id, p.name]));
  const checked = data.story.checked;
  return toCsv(
    EVENTS_CSV_HEADER,
    data.events.map((e) => [
      checked,
      e.date,
      e.title,
      e.kind,
      e.place.name,
      e.parties.map((id) => name.get(id) ?? id).join(LIST_SEPARATOR),
      e.instrument,
      e.value?.label ?? '',
      e.value?.caveat ?? '',
      e.date > checked ? 'Not yet' : e.deal ? 'Signed' : 'Happened',
      e.sources.map((s) => s.url).join(LIST_SEPARATOR),
    ]),
  );
}

/** One row per country, then the world total as USGS rounds it. */
export function productionCsv(data: StoryData): string {
  const p = data.production;
  const source = p.sources.map((s) => `${s.publisher}, ${s.title}, ${s.url}`).join(LIST_SEPARATOR);
  const rows = p.rows.map((r) => [data.story.checked, p.year, r.country, r.iso, r.production, r.note ?? '', source]);
  rows.push([data.story.checked, p.year, 'World total (rounded)', '', p.worldTotal, 'Includes countries not listed.', source]);
  return toCsv(PRODUCTION_CSV_HEADER, rows);
}
