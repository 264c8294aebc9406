// Text about something with an end date must read correctly on the day the facts were
// checked: "suspended until 10 Nov 2026" is wrong once that day has passed. Reads every
// text in data/ and the checked date from data/story.json; no date is written here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DATA_DIR = path.resolve(import.meta.dirname, '../../data');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const story = JSON.parse(readFileSync(path.join(DATA_DIR, 'story.json'), 'utf8')) as { checked: string };

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

/** "until 10 Nov 2026" / "until 10 November 2026" → the ISO date, with the phrase. */
function untilDates(text: string): { phrase: string; date: string }[] {
  return [...text.matchAll(/\buntil (\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})/g)].map((m) => ({
    phrase: m[0],
    date: `${m[3]}-${String(MONTHS.indexOf(m[2]!.toLowerCase()) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`,
  }));
}

describe('data/*.json read on the checked date', () => {
  it('says "until <date>" only of dates still to come', () => {
    const stale = ['events', 'production', 'story'].flatMap((name) =>
      texts(JSON.parse(readFileSync(path.join(DATA_DIR, `${name}.json`), 'utf8')))
        .flatMap(untilDates)
        .filter((u) => u.date < story.checked)
        .map((u) => `${name}.json: "${u.phrase}" is before ${story.checked}`),
    );
    expect(stale).toEqual([]);
  });

  it('finds a stale phrase when there is one (the check can fail)', () => {
    expect(untilDates('Suspended until 10 Nov 2026.').filter((u) => u.date < '2026-11-29')).toHaveLength(1);
  });
});
