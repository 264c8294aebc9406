// The schema of data/labels.json, the country names on the basemap. Not part of the story
// (a fixture story uses the same labels), so it is checked on its own: at build and in dev
// by the story-data plugin, which reads it from data/ (src/build/readAndValidate.ts). The modules that
// draw labels import the JSON itself; the build has checked it by then.
import type { CountryLabel } from './types.ts';
import { child, fail, isoCode, list, number, object, optionalText, recordName, text, unique, type At } from './validate.ts';

export const LABELS_FILE = 'data/labels.json';

const TOP = 'top level';

function parsePosition(at: At, value: unknown): [number, number] {
  const pair = list(at, 'at', value);
  if (pair.length !== 2) fail(at, 'at', `must be [lon, lat], two numbers, got ${pair.length}`);
  return [number(at, child('at', 0), pair[0], { min: -180, max: 180 }), number(at, child('at', 1), pair[1], { min: -90, max: 90 })];
}

function parseLabel(file: string, index: number, value: unknown): CountryLabel {
  const at = { file, record: recordName('label', index, (value as { id?: unknown } | null)?.id) };
  const o = object(at, '', value, ['id', 'name', 'at']);
  return { id: isoCode(at, 'id', o.id), name: text(at, 'name', o.name), at: parsePosition(at, o.at) };
}

/** Country labels, one per country, each with its ISO numeric id, a name and [lon, lat]. */
export function parseLabels(json: unknown, file: string = LABELS_FILE): CountryLabel[] {
  const at = { file, record: TOP };
  const top = object(at, '', json, ['about', 'labels']);
  optionalText(at, 'about', top.about);
  const labels = list(at, 'labels', top.labels, 1).map((l, i) => parseLabel(file, i, l));
  unique(
    labels.map((l) => l.id),
    (i, id) => fail({ file, record: recordName('label', i, id) }, 'id', `repeats the country ${JSON.stringify(id)} of an earlier label`),
  );
  return labels;
}
