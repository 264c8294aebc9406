// Generic field checkers for the story-data schema. Each takes where it is (`At`), the
// field path and an unknown value, and returns the value typed or throws a DataError.
import { DataError } from './dataError.ts';
import { parseIsoDate } from '../time/dates.ts';

/** Where a value sits: the file and the record inside it. */
export interface At {
  file: string;
  record: string;
}

export type Fields = Record<string, unknown>;

export function fail(at: At, field: string, problem: string): never {
  throw new DataError(at.file, at.record, field, problem);
}

/** A short, quoted rendering of a bad value for an error message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

/** How a message names a record: `event "us-japan" (#6)`, or `event #6` when it has no id. */
export function recordName(kind: string, index: number, id: unknown): string {
  return typeof id === 'string' && id.trim() !== '' ? `${kind} "${id}" (#${index + 1})` : `${kind} #${index + 1}`;
}

export function child(field: string, key: string | number): string {
  if (typeof key === 'number') return `${field}[${key}]`;
  return field === '' ? key : `${field}.${key}`;
}

/** A plain object whose keys are all in `allowed` (catches typos such as `sumary`). */
export function object(at: At, field: string, value: unknown, allowed: readonly string[]): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(at, field || '(root)', `must be an object, got ${shown(value)}`);
  }
  const fields = value as Fields;
  for (const key of Object.keys(fields)) {
    if (!allowed.includes(key)) {
      fail(at, child(field, key), `is not a known field (expected one of: ${allowed.join(', ')})`);
    }
  }
  return fields;
}

export function text(at: At, field: string, value: unknown): string {
  if (typeof value !== 'string') fail(at, field, `must be a text string, got ${shown(value)}`);
  if (value.trim() === '') fail(at, field, 'must not be empty');
  return value;
}

export function optionalText(at: At, field: string, value: unknown): string | undefined {
  return value === undefined ? undefined : text(at, field, value);
}

export interface NumberRule {
  min?: number;
  max?: number;
  integer?: boolean;
}

export function number(at: At, field: string, value: unknown, rule: NumberRule = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(at, field, `must be a finite number, got ${shown(value)}`);
  }
  if (rule.integer && !Number.isInteger(value)) fail(at, field, `must be a whole number, got ${value}`);
  const { min = -Infinity, max = Infinity } = rule;
  if (value < min || value > max) {
    const range = max === Infinity ? `at least ${min}` : `between ${min} and ${max}`;
    fail(at, field, `must be ${range}, got ${value}`);
  }
  return value;
}

/** A list with at least `min` entries. */
export function list(at: At, field: string, value: unknown, min = 0): unknown[] {
  if (!Array.isArray(value)) fail(at, field, `must be a list, got ${shown(value)}`);
  if (value.length < min) {
    fail(at, field, `must have at least ${min} ${min === 1 ? 'entry' : 'entries'}, got ${value.length}`);
  }
  return value;
}

export function oneOf<T extends string>(at: At, field: string, value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    fail(at, field, `must be one of ${options.join(', ')}, got ${shown(value)}`);
  }
  return value as T;
}

const ISO_NUMERIC = /^\d{3}$/;

/** An ISO 3166-1 numeric country code as text, as world-atlas names its features: "036". */
export function isoCode(at: At, field: string, value: unknown): string {
  const iso = text(at, field, value);
  if (!ISO_NUMERIC.test(iso)) {
    fail(at, field, `must be a 3-digit ISO 3166-1 numeric code as text (e.g. "036"), got ${JSON.stringify(iso)}`);
  }
  return iso;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A URL-safe id: lower-case letters and digits in groups joined by single hyphens. */
export function slug(at: At, field: string, value: unknown): string {
  const id = text(at, field, value);
  if (!SLUG.test(id)) {
    fail(at, field, `must be lower-case letters and digits joined by single hyphens (URL-safe), got ${shown(id)}`);
  }
  return id;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIRST_DAY = '2000-01-01';
const LAST_DAY = '2100-12-31';

/** A real calendar day `YYYY-MM-DD` in 2000–2100: `2025-02-30` fails. */
export function isoDate(at: At, field: string, value: unknown): string {
  const date = text(at, field, value);
  if (!DATE.test(date)) fail(at, field, `must be a date written YYYY-MM-DD, got ${shown(date)}`);
  // The one calendar rule (src/time/dates.ts): 2025-02-30 is not a day.
  if (parseIsoDate(date) === null) fail(at, field, `is not a real calendar date, got ${shown(date)}`);
  if (date < FIRST_DAY || date > LAST_DAY) {
    fail(at, field, `must be between ${FIRST_DAY} and ${LAST_DAY}, got ${shown(date)}`);
  }
  return date;
}

export function optionalIsoDate(at: At, field: string, value: unknown): string | undefined {
  return value === undefined ? undefined : isoDate(at, field, value);
}

export function httpsUrl(at: At, field: string, value: unknown): string {
  const url = text(at, field, value);
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.protocol !== 'https:' || parsed.hostname === '') {
    fail(at, field, `must be an https URL, got ${shown(url)}`);
  }
  return url;
}

/** Throws when a list of ids repeats one; `field` receives the index of the repeat. */
export function unique(ids: readonly string[], onRepeat: (index: number, id: string) => never): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) onRepeat(index, id);
    seen.add(id);
  });
}
