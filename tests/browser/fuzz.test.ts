// Hostile addresses against the built fixture story: seeded query strings and hashes (random
// bytes, huge numbers, impossible dates, script and markup payloads in every parameter,
// repeats, unicode, very long values, encoded NULs). Checked as properties, not against a
// second parser: every page reaches ready, runs no payload (the `__pwned` canary is never
// called), throws nothing, rejects no promise; the date it shows is a real day of the story;
// the card it shows is a known event; a valid date given once (and no deal) is the one shown.
// `npm test` runs 50 URLs; `npm run fuzz` runs 500.
//
// Speed: one page is reused and navigated, in a Chromium without WebGL, so the app draws its
// SVG map (the URL code is the same for both renderers; a few cases also run on MapLibre).
// FUZZ_CASES=n changes the count (50 by default); FUZZ_SEED=n the seed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp';
import { addDays, formatLongDate } from '../../src/time/dates';
import { storyTimeScale } from '../../src/time/storyTimeScale';
import { givenValues, hostileCases, type HostileCase } from '../support/hostileUrls';
import { readFixtureStory } from '../support/storyData';
import { launchChromium } from './support/chromium';
import { guardedPage, type Guarded } from './support/guard';
import { FIXTURE_DIST_DIR, serveDist, type StaticServer } from './support/server';

const COUNT = Number(process.env.FUZZ_CASES ?? 50);
const SEED = Number(process.env.FUZZ_SEED ?? 6_2025);
/** Node's HTTP server (like most) refuses request lines past ~16 KB; hashes are never sent. */
const MAX_SEARCH = 8000;

// The fixture story (dist-fixture/): the properties below hold for any story.
const events = readFixtureStory().events;
const scale = storyTimeScale(events.map((e) => e.date));
const IDS = new Set(events.map((e) => e.id));
const VALID = { ids: [...IDS], dates: [...new Set(events.map((e) => e.date)), '2025-07-01'] };

/** Every day of the story as the timeline writes it, back to its ISO date. */
const SHOWN_DAYS = new Map<string, string>();
for (let d = scale.start; d <= scale.end; d = addDays(d, 1)) SHOWN_DAYS.set(formatLongDate(d, 'weekday'), d);

const RAW_CASES: HostileCase[] = [
  // Unencoded, as someone would paste them: the browser's URL parser does the encoding.
  { search: '?date=<img src=x onerror=__pwned(21)>&deal="><script>__pwned(22)</script>', hash: '#<script>__pwned(23)</script>' },
  { search: "?deal=fixture-korea'-__pwned(24)-'&title=</h1><img src=x onerror=__pwned(25)>", hash: '#javascript:__pwned(26)' },
  // A valid date given once, amid hostile neighbours: the page must show that day.
  { search: `?date=${VALID.dates[1]!}&title=%3Cimg%20src%3Dx%20onerror%3D__pwned(27)%3E`, hash: '#%3Cscript%3E__pwned(28)%3C/script%3E' },
  { search: `?embed=1&date=${VALID.dates.at(-1)!}&controls=${'9'.repeat(100)}`, hash: '' },
  { search: `?date=${VALID.dates.at(-2)!}&dael=fixture-korea&%00=1`, hash: '' },
];

function cases(): HostileCase[] {
  return [...RAW_CASES, ...hostileCases(SEED, COUNT - RAW_CASES.length, VALID)].map((c) => ({ ...c, search: c.search.slice(0, MAX_SEARCH) }));
}

interface Seen {
  state: string;
  date: string;
  card: string | null;
  embed: boolean;
  scripts: number;
  handlers: string[];
}

/** What the reader sees, and anything a payload would have left behind in the DOM. */
function look(g: Guarded): Promise<Seen> {
  return g.page.evaluate(() => ({
    state: document.documentElement.dataset.state ?? '',
    date: document.querySelector('#timeline-date')?.textContent ?? '',
    card: document.querySelector<HTMLElement>('#event-card:not([hidden])')?.dataset.eventId ?? null,
    embed: document.querySelector('.app')?.classList.contains('is-embed') ?? false,
    scripts: document.scripts.length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^on/i.test(a.name) || /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value))
        .map((a) => `<${el.localName} ${a.name}=${a.value.slice(0, 40)}>`),
    ),
  }));
}

/** How many cases put each conditional property to the test (a property no case reached says nothing). */
interface Exercised {
  validDateOnce: number;
  embedOnce: number;
  noEmbed: number;
}

async function run(g: Guarded, server: StaticServer, list: HostileCase[]): Promise<{ failures: string[]; ms: number; exercised: Exercised }> {
  const failures: string[] = [];
  const exercised: Exercised = { validDateOnce: 0, embedOnce: 0, noEmbed: 0 };
  const t0 = Date.now();
  for (const [i, c] of list.entries()) {
    const url = new URL(`${server.origin}/index.html${c.search}${c.hash}`);
    const label = `#${i} ${(url.search + url.hash).slice(0, 160)}`;
    const errorsBefore = g.consoleErrors.length;
    try {
      await g.page.goto(url.href, { waitUntil: 'commit' });
      await g.page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), undefined, {
        timeout: 60_000,
        polling: 25,
      });
    } catch (err) {
      failures.push(`${label}: never ready (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const seen = await look(g);
    const report = await g.report();
    // The browser normalises what it was given; the page reads that, and so do the properties.
    const [date, ...moreDates] = givenValues(url.search, 'date');
    const validDateOnce = date !== undefined && moreDates.length === 0 && VALID.dates.includes(date) && givenValues(url.search, 'deal').length === 0;
    const embedGiven = givenValues(url.search, 'embed');
    if (validDateOnce) exercised.validDateOnce++;
    if (embedGiven.length === 1 && embedGiven[0] === '1') exercised.embedOnce++;
    if (embedGiven.length === 0) exercised.noEmbed++;
    const problems = [
      seen.state !== 'ready' && `data-state=${seen.state}`,
      report.pwned.length > 0 && `PAYLOAD RAN: ${report.pwned.join(', ')}`,
      seen.handlers.length > 0 && `handler attributes in the DOM: ${seen.handlers.join(' ')}`,
      // The head step (src/build/headStep.ts) and the app's module: nothing the address added.
      seen.scripts !== 2 && `${seen.scripts} <script> elements`,
      report.errors.length > 0 && `errors: ${report.errors.join(' | ')}`,
      report.rejections.length > 0 && `unhandled rejections: ${report.rejections.join(' | ')}`,
      report.violations.length > 0 && `CSP violations: ${report.violations.join(' | ')}`,
      g.consoleErrors.length > errorsBefore && `console errors: ${g.consoleErrors.slice(errorsBefore).join(' | ')}`,
      !SHOWN_DAYS.has(seen.date) && `shows ${JSON.stringify(seen.date)}, not a day of the story`,
      seen.card !== null && !IDS.has(seen.card) && `card shows unknown event ${JSON.stringify(seen.card)}`,
      embedGiven.length === 0 && seen.embed && 'embed mode without ?embed',
      embedGiven.length === 1 && embedGiven[0] === '1' && !seen.embed && '?embed=1 given once, but not in embed mode',
      validDateOnce && SHOWN_DAYS.get(seen.date) !== date && `shows ${JSON.stringify(seen.date)}, but the URL validly asked for ${date}`,
    ].filter(Boolean);
    if (problems.length) failures.push(`${label}: ${problems.join('; ')}`);
  }
  return { failures, ms: Date.now() - t0, exercised };
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveDist({ root: FIXTURE_DIST_DIR, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
});
afterAll(async () => {
  await server?.close();
});

describe(`${COUNT} hostile URLs (seed ${SEED})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium({ webgl: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'each reaches ready, runs no payload, shows a real day of the story and only known events, and a valid date given once',
    async () => {
      const list = cases();
      // Two pages at once, one per core: each case is a page load, mostly CPU-bound.
      const shards = [0, 1].map((k) => list.filter((_, i) => i % 2 === k));
      const t0 = Date.now();
      const results = await Promise.all(
        shards.map(async (shard) => {
          const g = await guardedPage(browser, { width: 360, height: 320 });
          try {
            return await run(g, server, shard);
          } finally {
            await g.close();
          }
        }),
      );
      const failures = results.flatMap((r) => r.failures);
      const ms = Date.now() - t0;
      const exercised = Object.fromEntries(
        (['validDateOnce', 'embedOnce', 'noEmbed'] as const).map((k) => [k, results.reduce((n, r) => n + r.exercised[k], 0)]),
      ) as Record<keyof Exercised, number>;
      console.info(
        `fuzz: ${list.length} URLs in ${(ms / 1000).toFixed(1)} s (${(ms / list.length).toFixed(0)} ms each), ${failures.length} failed; cases for each conditional check: ${JSON.stringify(exercised)}`,
      );
      expect(failures.slice(0, 15)).toEqual([]);
      // Every conditional check above met at least one case (the fixed cases guarantee it).
      expect(Math.min(...Object.values(exercised)), JSON.stringify(exercised)).toBeGreaterThan(0);
    },
    30 * 60_000,
  );
});

describe('hostile URLs on the WebGL (MapLibre) map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test(
    'the payload-in-every-parameter cases render and run nothing',
    async () => {
      const list = cases()
        .filter((c) => c.search.includes('__pwned'))
        .slice(0, 6);
      expect(list).toHaveLength(6);
      const g = await guardedPage(browser, { width: 360, height: 320 });
      const { failures } = await run(g, server, list);
      await g.close();
      expect(failures).toEqual([]);
    },
    10 * 60_000,
  );
});
