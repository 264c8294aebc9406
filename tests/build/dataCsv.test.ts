// The CSVs against the data they come from: every expected value is read from data/, so a
// corrected figure never needs a test edit.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_CSV_HEADER, LIST_SEPARATOR, PRODUCTION_CSV_HEADER, eventsCsv, productionCsv } from '../../src/build/dataCsv';
import { readAndValidate } from '../../src/build/readAndValidate';
import type { StoryData } from '../../src/data/types';
import { csvRecords, parseCsv } from '../support/parseCsv';

const DATA_DIR = path.resolve(import.meta.dirname, '../../data');
let data: StoryData;
beforeAll(async () => {
  data = (await readAndValidate(DATA_DIR)).data;
});

describe('eventsCsv(data)', () => {
  it('has the header row, then one row per event in story order', () => {
    const rows = parseCsv(eventsCsv(data));
    expect(rows[0]).toEqual([...EVENTS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => r[2])).toEqual(data.events.map((e) => e.title));
  });

  it('gives each event its date, place, parties, instrument, value with its caveat, and source URLs', () => {
    const name = new Map(data.parties.map((p) => [p.id, p.name]));
    const rows = csvRecords(eventsCsv(data));
    expect(rows).toHaveLength(data.events.length);
    rows.forEach((row, i) => {
      const e = data.events[i]!;
      expect(row.date).toBe(e.date);
      expect(row.place).toBe(e.place.name);
      expect(row.parties!.split(LIST_SEPARATOR)).toEqual(e.parties.map((id) => name.get(id)));
      expect(row.instrument).toBe(e.instrument);
      expect(row.value).toBe(e.value?.label ?? '');
      expect(row.value_caveat).toBe(e.value?.caveat ?? '');
      expect(row.source_urls!.split(LIST_SEPARATOR)).toEqual(e.sources.map((s) => s.url));
    });
  });

  it('dates every row with the day the facts were checked, and says each deal was signed and each other event happened by then', () => {
    const rows = csvRecords(eventsCsv(data));
    expect(rows.map((r) => [r.facts_checked_to, r.status])).toEqual(data.events.map((e) => [data.story.checked, e.deal ? 'Signed' : 'Happened']));
  });
});

describe('productionCsv(data)', () => {
  it('has one row per country with its tonnes and footnote, then the world total', () => {
    const rows = csvRecords(productionCsv(data));
    expect(parseCsv(productionCsv(data))[0]).toEqual([...PRODUCTION_CSV_HEADER]);
    expect(rows).toHaveLength(data.production.rows.length + 1);
    data.production.rows.forEach((r, i) => {
      expect(rows[i]!.country).toBe(r.country);
      expect(Number(rows[i]!.tonnes_reo)).toBe(r.production);
      expect(rows[i]!.footnote).toBe(r.note ?? '');
      expect(Number(rows[i]!.year)).toBe(data.production.year);
    });
    expect(Number(rows.at(-1)!.tonnes_reo)).toBe(data.production.worldTotal);
  });

  it('cites the source on every row, with its URL, and the checked date', () => {
    const rows = csvRecords(productionCsv(data));
    expect(rows).toHaveLength(data.production.rows.length + 1);
    for (const row of rows) {
      for (const s of data.production.sources) expect(row.source).toContain(s.url);
      expect(row.facts_checked_to).toBe(data.story.checked);
    }
  });
});
