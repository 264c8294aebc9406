import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError, parseEvents, parseStoryData } from '../../src/data/schema';
import { DATA_DIR, FIXTURE_STORY_DIR, readStoryFiles } from '../support/storyData';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/data');

type FileName = 'events' | 'parties' | 'production' | 'story';

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** The fixture story: fixed, so the rules below never depend on today's real story. */
function fixtureFiles(): Record<FileName, unknown> {
  return readStoryFiles(FIXTURE_STORY_DIR);
}

/** The fixture story with one file replaced by a fixture named `<rule>.<file>.json`. */
function errorFor(fixture: string): DataError {
  const file = fixture.split('.').at(-2) as FileName;
  const files = { ...fixtureFiles(), [file]: readJson(path.join(FIXTURES, fixture)) };
  try {
    parseStoryData(files);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${fixture} passed the schema`);
}

describe('parseStoryData(real data files)', () => {
  it('accepts every file in data/', () => {
    expect(parseStoryData(readStoryFiles(DATA_DIR)).events.length).toBeGreaterThan(0);
  });
});

describe('parseStoryData(fixture story)', () => {
  it('returns the three deals with their public ids, each with an arc', () => {
    const deals = parseStoryData(fixtureFiles()).events.filter((e) => e.deal);
    expect(deals.map((e) => e.id)).toEqual(['fixture-korea', 'fixture-philippines', 'fixture-new-zealand']);
  });

  it('returns events in date order, same-day events in file order', () => {
    const ids = parseStoryData(fixtureFiles()).events.map((e) => e.id);
    expect(ids.slice(1, 4)).toEqual(['fixture-korea', 'fixture-philippines', 'fixture-talks']);
  });
});

describe('parseStoryData(files with one broken rule) throws a DataError naming file, record and field', () => {
  const cases: [fixture: string, file: string, record: string, field: string, says: string][] = [
    ['duplicate-id.events.json', 'data/events.json', 'event "us-japan" (#2)', 'id', 'repeats the id'],
    ['bad-id.events.json', 'data/events.json', 'event "US_Japan" (#1)', 'id', 'URL-safe'],
    ['impossible-date.events.json', 'data/events.json', 'event "us-japan" (#1)', 'date', 'not a real calendar date'],
    ['date-out-of-range.events.json', 'data/events.json', 'event "us-japan" (#1)', 'date', 'between 2000-01-01 and 2100-12-31'],
    ['lat-out-of-range.events.json', 'data/events.json', 'event "us-japan" (#1)', 'place.lat', 'between -90 and 90, got 91'],
    ['lon-out-of-range.events.json', 'data/events.json', 'event "us-japan" (#1)', 'place.lon', 'between -180 and 180, got 180.5'],
    ['missing-source.events.json', 'data/events.json', 'event "us-japan" (#1)', 'sources', 'at least 1 entry'],
    ['unknown-party.events.json', 'data/events.json', 'event "us-japan" (#1)', 'parties[1]', 'unknown party "XX"'],
    ['http-url.events.json', 'data/events.json', 'event "us-japan" (#1)', 'sources[0].url', 'must be an https URL, got "http://example.org/a"'],
    ['missing-field.events.json', 'data/events.json', 'event "us-japan" (#1)', 'title', 'must be a text string, got nothing'],
    ['unknown-field.events.json', 'data/events.json', 'event "us-japan" (#1)', 'sumary', 'is not a known field'],
    ['bad-kind.events.json', 'data/events.json', 'event "us-japan" (#1)', 'kind', 'must be one of framework, memorandum'],
    ['deal-without-partner.events.json', 'data/events.json', 'event "us-japan" (#1)', 'deal.partner', "must be one of this event's parties (US, JP)"],
    ['missing-deal.events.json', 'data/events.json', 'event "us-japan" (#1)', 'deal', 'is required for a framework event'],
    ['bad-quote-index.events.json', 'data/events.json', 'event "us-japan" (#1)', 'quote.source', 'between 0 and 0, got 1'],
    ['negative-usd.events.json', 'data/events.json', 'event "us-japan" (#1)', 'value.usd', 'at least 0, got -5'],
    ['missing-value.events.json', 'data/events.json', 'event "us-japan" (#1)', 'value', 'write null'],
    ['bad-iso.parties.json', 'data/parties.json', 'party "AU" (#2)', 'iso', '3-digit ISO 3166-1 numeric code'],
    ['duplicate-id.parties.json', 'data/parties.json', 'party "AU" (#7)', 'id', 'repeats the id'],
    ['negative-amount.production.json', 'data/production.json', 'row "China" (#1)', 'production', 'got -270000'],
    ['non-number-total.production.json', 'data/production.json', 'top level', 'worldTotal', 'must be a finite number'],
    ['percent-out-of-range.story.json', 'data/story.json', 'share "china-mining" (#1)', 'percent', 'between 0 and 100, got 169'],
    ['impossible-date.story.json', 'data/story.json', 'top level', 'defaultDate', 'not a real calendar date'],
    ['impossible-checked-date.story.json', 'data/story.json', 'top level', 'checked', 'not a real calendar date'],
    ['checked-before-last-event.story.json', 'data/story.json', 'top level', 'checked', 'on or after the last event'],
    ['share-typed-and-computed.story.json', 'data/story.json', 'share "china-mining" (#1)', 'percent', 'left out when fromProduction computes it'],
    ['share-unknown-country.story.json', 'data/story.json', 'share "china-mining" (#1)', 'fromProduction', 'has no row in data/production.json'],
    ['share-wrong-year.story.json', 'data/story.json', 'share "china-mining" (#1)', 'year', 'the year of data/production.json'],
    ['share-label-without-year.story.json', 'data/story.json', 'share "china-mining" (#1)', 'label', 'must name the year'],
  ];

  it.each(cases)('%s → %s, %s, field %s', (fixture, file, record, field, says) => {
    const error = errorFor(fixture);
    expect({ file: error.file, record: error.record, field: error.field }).toEqual({ file, record, field });
    expect(error.message).toContain(`${file}: ${record}: field "${field}": `);
    expect(error.message).toContain(says);
  });
});

describe('parseStoryData(fixture story): a share computed from production.json', () => {
  it("is the named country's production over the world total, in whole percent", () => {
    // 200,000 of 300,000 t in the fixture: 66.7 %, shown as 67.
    const shares = parseStoryData(fixtureFiles()).story.callout.shares;
    expect(shares.find((s) => s.id === 'fixture-mining')!.percent).toBe(67);
  });

  it('follows a corrected figure without any edit to story.json', () => {
    const files = fixtureFiles();
    const story = files.story as { callout: { shares: { id: string; fromProduction?: string }[] } };
    const production = files.production as { worldTotal: number; rows: { iso: string; production: number }[] };
    const share = story.callout.shares.find((s) => s.fromProduction !== undefined)!;
    const row = production.rows.find((r) => r.iso === share.fromProduction)!;
    row.production = production.worldTotal / 2;
    expect(parseStoryData(files).story.callout.shares.find((s) => s.id === share.id)!.percent).toBe(50);
  });
});

describe('parseEvents(events out of order)', () => {
  it('returns them sorted by date', () => {
    const json = readJson(path.join(FIXTURES, 'unsorted.events.json'));
    const events = parseEvents(json, new Set(['US', 'JP', 'CN']));
    expect(events.map((e) => e.id)).toEqual(['china-controls-oct', 'us-japan']);
  });
});

describe('parseStoryData(fixture story with values on the edge of a rule) accepts them', () => {
  type EditableEvent = { date: string; place: { lat: number; lon: number }; deal?: { target: { lat: number; lon: number } } };
  type Files = { events: { events: EditableEvent[] }; story: { checked: string }; production: { rows: { lat: number; lon: number }[] } };
  const files = () => fixtureFiles() as unknown as Files & Record<FileName, unknown>;

  // The poles and the antimeridian are places: a point on them is kept as written.
  it.each([
    [90, 180],
    [-90, -180],
    [90, -180],
    [-90, 180],
  ])('an event place, a deal target and a production row at lat %d, lon %d', (lat, lon) => {
    const f = files();
    const deal = f.events.events.find((e) => e.deal)!;
    deal.place = { ...deal.place, lat, lon };
    deal.deal!.target = { ...deal.deal!.target, lat, lon };
    f.production.rows[0] = { ...f.production.rows[0]!, lat, lon };
    const data = parseStoryData(f);
    const parsed = data.events.find((e) => e.deal)!;
    expect([parsed.place.lat, parsed.place.lon, parsed.deal!.target.lat, parsed.deal!.target.lon]).toEqual([lat, lon, lat, lon]);
    expect([data.production.rows[0]!.lat, data.production.rows[0]!.lon]).toEqual([lat, lon]);
  });

  it('the first and the last day the schema allows (2000-01-01, 2100-12-31), facts checked on the last event’s day', () => {
    const f = files();
    f.events.events[0]!.date = '2000-01-01';
    f.events.events.at(-1)!.date = '2100-12-31';
    f.story.checked = '2100-12-31';
    const { events, story } = parseStoryData(f);
    expect([events[0]!.date, events.at(-1)!.date, story.checked]).toEqual(['2000-01-01', '2100-12-31', '2100-12-31']);
  });

  it('facts checked on the day of the last event, but not the day before', () => {
    const f = files();
    const last = [...f.events.events].sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1)!.date;
    f.story.checked = last;
    expect(parseStoryData(f).story.checked).toBe(last);
    const dayBefore = new Date(Date.parse(`${last}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    f.story.checked = dayBefore;
    expect(() => parseStoryData(f)).toThrow(`field "checked": must be on or after the last event (${last}), got ${dayBefore}`);
  });

  it('refuses a day past the last the schema allows', () => {
    const f = files();
    f.events.events.at(-1)!.date = '2101-01-01';
    f.story.checked = '2101-01-01';
    expect(() => parseStoryData(f)).toThrow('must be between 2000-01-01 and 2100-12-31, got "2101-01-01"');
  });
});
