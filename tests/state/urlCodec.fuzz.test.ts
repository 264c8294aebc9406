// parseUrl against thousands of seeded hostile query strings: it never throws, it keeps only
// values that are valid for the story, and what it says about the rest stays short and plain.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseUrl } from '../../src/state/urlCodec';
import { storyTimeScale } from '../../src/time/storyTimeScale';
import { expectedView, hostileCases, SCRIPT_PAYLOADS } from '../support/hostileUrls';

const events = (JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as { events: { id: string; date: string }[] }).events;
const scale = storyTimeScale(events.map((e) => e.date));
const CTX = { ids: new Set(events.map((e) => e.id)), start: scale.start, end: scale.end };
const STORY = { ...CTX, defaultDate: 'default', dateOf: () => '' };

const SEED = 20251028;
const CASES = hostileCases(SEED, 3000);
// Parsed once, checked by each test below (the machine running CI is small and shared).
const PARSED = CASES.map((c) => parseUrl(c.search, CTX));

describe(`parseUrl on ${CASES.length} hostile query strings (seed ${SEED})`, { timeout: 30_000 }, () => {
  test('never throws, and returns only valid dates and known deals (else null)', () => {
    const wrong: string[] = [];
    for (const [i, c] of CASES.entries()) {
      const { state } = PARSED[i]!;
      const want = expectedView(c.search, STORY);
      const got = { date: state.date ?? 'default', deal: state.deal, embed: state.embed };
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`#${i} ${c.search.slice(0, 120)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  test('never returns a flag that is not a boolean', () => {
    for (const { state } of PARSED) {
      expect([typeof state.embed, typeof state.title, typeof state.controls]).toEqual(['boolean', 'boolean', 'boolean']);
    }
  });

  test('warns in short lines without control characters, however long the input', () => {
    for (const { warnings } of PARSED) {
      for (const w of warnings) {
        expect(w.length).toBeLessThan(200);
        // eslint-disable-next-line no-control-regex
        expect(w).not.toMatch(/[\u0000-\u001f\u007f]/);
      }
    }
  });

  test('ignores every script payload in every parameter', () => {
    for (const p of SCRIPT_PAYLOADS) {
      const v = encodeURIComponent(p);
      const { state } = parseUrl(`?date=${v}&deal=${v}&embed=${v}&title=${v}&controls=${v}`, CTX);
      expect(state).toEqual({ date: null, deal: null, embed: false, title: true, controls: true });
    }
  });
});
