// parseUrl against thousands of seeded hostile query strings, on the fixture story. Checked
// as properties, not against a second parser: it never throws; an accepted date is a real
// day inside the story and came from the URL; an accepted deal is a known id; a valid date
// or deal given once is accepted; what it says about the rest stays short and plain.
import { describe, expect, test } from 'vitest';
import { parseUrl } from '../../src/state/urlCodec';
import { storyTimeScale } from '../../src/time/storyTimeScale';
import { givenValues, hostileCases, isRealDay, SCRIPT_PAYLOADS } from '../support/hostileUrls';
import { readFixtureStory } from '../support/storyData';

const events = readFixtureStory().events;
const scale = storyTimeScale(events.map((e) => e.date));
const CTX = { ids: new Set(events.map((e) => e.id)), start: scale.start, end: scale.end };
// The event days and one quiet day inside the range (2025-07-01 in the fixture).
const VALID = { ids: events.map((e) => e.id), dates: [...new Set(events.map((e) => e.date)), '2025-07-01'] };

const SEED = 20251028;
const CASES = hostileCases(SEED, 3000, VALID);
// Parsed once, checked by each test below (the machine running CI is small and shared).
const PARSED = CASES.map((c) => parseUrl(c.search, CTX));

describe(`parseUrl on ${CASES.length} hostile query strings (seed ${SEED})`, { timeout: 30_000 }, () => {
  test('accepts a date only if it is a real day inside the story, given in the URL', () => {
    const wrong = CASES.flatMap((c, i) => {
      const { date } = PARSED[i]!.state;
      const ok = date === null || (isRealDay(date) && date >= CTX.start && date <= CTX.end && givenValues(c.search, 'date').includes(date));
      return ok ? [] : [`#${i} ${c.search.slice(0, 120)}: date ${JSON.stringify(date)}`];
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test('accepts a deal only if it is a known event id', () => {
    const wrong = CASES.flatMap((c, i) => {
      const { deal } = PARSED[i]!.state;
      return deal === null || CTX.ids.has(deal) ? [] : [`#${i} ${c.search.slice(0, 120)}: deal ${JSON.stringify(deal)}`];
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test('accepts a valid date or a known deal that is given once', () => {
    let dates = 0;
    let deals = 0;
    const wrong = CASES.flatMap((c, i) => {
      const { state } = PARSED[i]!;
      const [date, ...moreDates] = givenValues(c.search, 'date');
      const [deal, ...moreDeals] = givenValues(c.search, 'deal');
      const out: string[] = [];
      if (date !== undefined && moreDates.length === 0 && VALID.dates.includes(date)) {
        dates++;
        if (state.date !== date) out.push(`#${i} ${c.search.slice(0, 120)}: date ${date} not accepted`);
      }
      if (deal !== undefined && moreDeals.length === 0 && VALID.ids.includes(deal)) {
        deals++;
        if (state.deal !== deal) out.push(`#${i} ${c.search.slice(0, 120)}: deal ${deal} not accepted`);
      }
      return out;
    });
    expect(wrong.slice(0, 10)).toEqual([]);
    // The property is only worth something if the seed produced such cases.
    expect(Math.min(dates, deals)).toBeGreaterThan(20);
  });

  // The flags' spellings as the README documents them: 1 or true, 0 or false; anything else
  // (and a repeat's later values) leaves the default. Compared value by value, so a flag that
  // ignored its parameter, read the last repeat or took 'yes' would fail.
  test('sets each flag from its first value, 1/true or 0/false, and keeps the default otherwise', () => {
    const FLAGS = { embed: false, title: true, controls: true } as const;
    const spelled = { '1': true, true: true, '0': false, false: false } as Record<string, boolean>;
    const changed = { embed: 0, title: 0, controls: 0 };
    const wrong = CASES.flatMap((c, i) =>
      (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).flatMap((name) => {
        const first = givenValues(c.search, name)[0];
        const expected = first !== undefined && Object.hasOwn(spelled, first) ? spelled[first]! : FLAGS[name];
        if (expected !== FLAGS[name]) changed[name]++;
        const got = PARSED[i]!.state[name];
        return got === expected ? [] : [`#${i} ${c.search.slice(0, 120)}: ${name} ${got}, expected ${expected}`];
      }),
    );
    expect(wrong.slice(0, 10)).toEqual([]);
    // Each flag was really switched from its default by some cases, or the property says little.
    expect(Math.min(...Object.values(changed))).toBeGreaterThan(20);
  });

  test('warns in short lines without control characters, however long the input', () => {
    const warnings = PARSED.flatMap((p) => p.warnings);
    // Thousands of hostile inputs must have produced warnings to check.
    expect(warnings.length).toBeGreaterThan(CASES.length / 2);
    expect(warnings.filter((w) => w.length >= 200).slice(0, 5)).toEqual([]);
    // eslint-disable-next-line no-control-regex
    expect(warnings.filter((w) => /[\u0000-\u001f\u007f]/.test(w)).slice(0, 5)).toEqual([]);
  });

  test('ignores every script payload in every parameter', () => {
    for (const p of SCRIPT_PAYLOADS) {
      const v = encodeURIComponent(p);
      const { state } = parseUrl(`?date=${v}&deal=${v}&embed=${v}&title=${v}&controls=${v}&theme=${v}&dark=${v}&transparent=${v}`, CTX);
      expect(state).toEqual({ date: null, deal: null, embed: false, title: true, controls: true, fit: false, theme: 'light', transparent: false });
    }
  });
});
