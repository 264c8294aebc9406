// Hostile addresses against the built page: ≥ 500 seeded query strings and hashes (random
// bytes, huge numbers, impossible dates, script and markup payloads in every parameter,
// repeats, unicode, very long values, encoded NULs). Every one must render the story, run no
// payload (the `__pwned` canary is never called), throw nothing, reject no promise, and show
// the date and deal the URL validly asks for, or the defaults.
//
// Speed: one page is reused and navigated, in a Chromium without WebGL, so the app draws its
// SVG map (the URL code is the same for both renderers; a few cases also run on MapLibre).
// FUZZ_CASES=n changes the count; FUZZ_SEED=n the seed.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/security/csp';
import { formatLongDate } from '../../src/time/dates';
import { storyTimeScale } from '../../src/time/storyTimeScale';
import { expectedView, hostileCases, type HostileCase } from '../support/hostileUrls';
import { launchChromium } from './support/chromium';
import { guardedPage, type Guarded } from './support/guard';
import { serveDist, type StaticServer } from './support/server';

const COUNT = Number(process.env.FUZZ_CASES ?? 500);
const SEED = Number(process.env.FUZZ_SEED ?? 6_2025);
/** Node's HTTP server (like most) refuses request lines past ~16 KB; hashes are never sent. */
const MAX_SEARCH = 8000;

const root = new URL('../../', import.meta.url);
const events = (JSON.parse(readFileSync(new URL('data/events.json', root), 'utf8')) as { events: { id: string; date: string }[] }).events;
const story = JSON.parse(readFileSync(new URL('data/story.json', root), 'utf8')) as { defaultDate: string };
const scale = storyTimeScale(events.map((e) => e.date));
const STORY = {
  ids: new Set(events.map((e) => e.id)),
  start: scale.start,
  end: scale.end,
  defaultDate: story.defaultDate,
  dateOf: (id: string) => events.find((e) => e.id === id)!.date,
};

const RAW_CASES: HostileCase[] = [
  // Unencoded, as someone would paste them: the browser's URL parser does the encoding.
  { search: '?date=<img src=x onerror=__pwned(21)>&deal="><script>__pwned(22)</script>', hash: '#<script>__pwned(23)</script>' },
  { search: "?deal=us-japan'-__pwned(24)-'&title=</h1><img src=x onerror=__pwned(25)>", hash: '#javascript:__pwned(26)' },
];

function cases(): HostileCase[] {
  return [...RAW_CASES, ...hostileCases(SEED, COUNT - RAW_CASES.length)].map((c) => ({ ...c, search: c.search.slice(0, MAX_SEARCH) }));
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

async function run(g: Guarded, server: StaticServer, list: HostileCase[]): Promise<{ failures: string[]; ms: number }> {
  const failures: string[] = [];
  const t0 = Date.now();
  for (const [i, c] of list.entries()) {
    const url = new URL(`${server.origin}/index.html${c.search}${c.hash}`);
    const label = `#${i} ${(url.search + url.hash).slice(0, 160)}`;
    const errorsBefore = g.consoleErrors.length;
    try {
      await g.page.goto(url.href, { waitUntil: 'commit' });
      await g.page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), undefined, { timeout: 60_000, polling: 25 });
    } catch (err) {
      failures.push(`${label}: never ready (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const seen = await look(g);
    const report = await g.report();
    // The browser normalises what it was given; the page reads that, and so does the oracle.
    const want = expectedView(url.search, STORY);
    const problems = [
      seen.state !== 'ready' && `data-state=${seen.state}`,
      report.pwned.length > 0 && `PAYLOAD RAN: ${report.pwned.join(', ')}`,
      seen.handlers.length > 0 && `handler attributes in the DOM: ${seen.handlers.join(' ')}`,
      seen.scripts !== 1 && `${seen.scripts} <script> elements`,
      report.errors.length > 0 && `errors: ${report.errors.join(' | ')}`,
      report.rejections.length > 0 && `unhandled rejections: ${report.rejections.join(' | ')}`,
      report.violations.length > 0 && `CSP violations: ${report.violations.join(' | ')}`,
      g.consoleErrors.length > errorsBefore && `console errors: ${g.consoleErrors.slice(errorsBefore).join(' | ')}`,
      seen.date !== formatLongDate(want.date, 'weekday') && `shows ${JSON.stringify(seen.date)}, expected ${want.date}`,
      want.deal !== null && seen.card !== want.deal && `card shows ${seen.card}, expected ${want.deal}`,
      seen.embed !== want.embed && `embed=${seen.embed}, expected ${want.embed}`,
    ].filter(Boolean);
    if (problems.length) failures.push(`${label}: ${problems.join('; ')}`);
  }
  return { failures, ms: Date.now() - t0 };
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveDist({ headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
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

  test('each renders the story with valid values or the defaults, and runs no payload', async () => {
    const list = cases();
    expect(list.length).toBeGreaterThanOrEqual(COUNT);
    // Two pages at once, one per core: each case is a page load, mostly CPU-bound.
    const shards = [0, 1].map((k) => list.filter((_, i) => i % 2 === k));
    const t0 = Date.now();
    const results = await Promise.all(shards.map(async (shard) => {
      const g = await guardedPage(browser, { width: 360, height: 320 });
      try {
        return await run(g, server, shard);
      } finally {
        await g.close();
      }
    }));
    const failures = results.flatMap((r) => r.failures);
    const ms = Date.now() - t0;
    console.info(`fuzz: ${list.length} URLs in ${(ms / 1000).toFixed(1)} s (${(ms / list.length).toFixed(0)} ms each), ${failures.length} failed`);
    expect(failures.slice(0, 15)).toEqual([]);
  }, 30 * 60_000);
});

describe('hostile URLs on the WebGL (MapLibre) map', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the payload-in-every-parameter cases render and run nothing', async () => {
    const list = cases().filter((c) => c.search.includes('__pwned')).slice(0, 6);
    const g = await guardedPage(browser, { width: 360, height: 320 });
    const { failures } = await run(g, server, list);
    await g.close();
    expect(failures).toEqual([]);
  }, 10 * 60_000);
});
