// What the page says about its own facts, checked against data/: the date the facts were
// checked (credits, table, embed), the CSV downloads (fetched from the built page and read
// back), the callout's computed share, and deal lines that encode no value.
// Every expected value is worked out here from data/ and the README's description (the
// date in words, the CSV columns), never with the app's own formatter or CSV writer.
import { useSession } from './support/session';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/page';
import { readStoryData } from '../support/storyData';
import { csvRecords, parseCsv } from '../support/parseCsv';

const session = useSession();
const data = readStoryData();

/** "Facts checked to 29 November 2026", from the ISO date by Intl (en-GB, UTC), not by src/time/. */
const CHECKED_LINE = `Facts checked to ${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
  new Date(`${data.story.checked}T00:00:00Z`),
)}`;

/** A text cell as the README says a spreadsheet must get it: a leading ' where it would start a formula. */
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The facts line's text and its two links, as the reader gets them. */
function factsLine(page: Page, scope: string) {
  return page.$eval(scope, (p) => ({
    text: (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
    links: [...p.querySelectorAll<HTMLAnchorElement>('a.csv-link')].map((a) => ({
      kind: a.dataset.csv ?? '',
      href: a.href,
      download: a.getAttribute('download'),
      text: a.textContent,
    })),
  }));
}

async function fetchText(page: Page, url: string): Promise<{ status: number; type: string; body: string }> {
  return page.evaluate(async (u) => {
    const r = await fetch(u);
    // Text as bytes decoded without stripping the BOM, so the test sees the file as saved.
    const bytes = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, type: r.headers.get('content-type') ?? '', body: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }, url);
}

describe('the credits on the full page', () => {
  test(`say "${CHECKED_LINE}" and link the two CSVs, same-origin, as downloads`, async () => {
    const app = await openApp(session.browser, session.server);
    const line = await factsLine(app.page, 'footer.credits .facts-line');
    expect(line.text).toContain(CHECKED_LINE);
    expect(line.text).toContain('Get the data: events (CSV) · production (CSV)');
    expect(line.links.map((l) => l.kind)).toEqual(['events', 'production']);
    for (const l of line.links) {
      expect(new URL(l.href).origin).toBe(session.server.origin);
      expect(l.download).toMatch(/\.csv$/);
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('the CSVs they link are the data: events and production, read back field by field, match data/', async () => {
    const app = await openApp(session.browser, session.server);
    const line = await factsLine(app.page, 'footer.credits .facts-line');
    const files = Object.fromEntries(await Promise.all(line.links.map(async (l) => [l.kind, await fetchText(app.page, l.href)] as const)));
    await app.close();
    for (const kind of ['events', 'production']) {
      expect(files[kind]!.status, kind).toBe(200);
      // UTF-8 with a byte-order mark, CRLF line ends (README, "Get the data").
      expect(files[kind]!.body.startsWith('\uFEFF'), `${kind}: byte-order mark`).toBe(true);
      expect(files[kind]!.body.endsWith('\r\n'), `${kind}: CRLF`).toBe(true);
    }

    // events: one row per event in story order, each field from data/events.json and parties.json.
    const partyName = new Map(data.parties.map((p) => [p.id, p.name]));
    expect(parseCsv(files.events!.body)[0]).toEqual([
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
    ]);
    const events = csvRecords(files.events!.body);
    expect(events).toHaveLength(data.events.length);
    data.events.forEach((e, i) => {
      expect(events[i], e.id).toEqual({
        facts_checked_to: data.story.checked,
        date: e.date,
        event: cell(e.title),
        kind: e.kind,
        place: cell(e.place.name),
        parties: cell(e.parties.map((id) => partyName.get(id)).join(' | ')),
        instrument: cell(e.instrument),
        value: cell(e.value?.label ?? ''),
        value_caveat: cell(e.value?.caveat ?? ''),
        // The schema keeps every event on or before the checked date: a deal is signed, the rest happened.
        status: e.deal ? 'Signed' : 'Happened',
        source_urls: cell(e.sources.map((s) => s.url).join(' | ')),
      });
    });

    // production: one row per country from data/production.json, then the rounded world total.
    const p = data.production;
    expect(parseCsv(files.production!.body)[0]).toEqual(['facts_checked_to', 'year', 'country', 'iso_numeric', 'tonnes_reo', 'footnote', 'source']);
    const rows = csvRecords(files.production!.body);
    expect(rows).toHaveLength(p.rows.length + 1);
    p.rows.forEach((r, i) => {
      const row = rows[i]!;
      expect({ ...row, source: undefined }, r.country).toEqual({
        facts_checked_to: data.story.checked,
        year: String(p.year),
        country: cell(r.country),
        iso_numeric: r.iso,
        tonnes_reo: String(r.production),
        footnote: cell(r.note ?? ''),
        source: undefined,
      });
    });
    const total = rows.at(-1)!;
    expect([total.iso_numeric, Number(total.tonnes_reo), total.facts_checked_to]).toEqual(['', p.worldTotal, data.story.checked]);
    // Every row cites every source, with its publisher, title and URL.
    for (const row of rows) for (const s of p.sources) for (const part of [s.publisher, s.title, s.url]) expect(row.source).toContain(part);
  });
});

describe('the table', () => {
  test('says when the facts were checked and links the same CSVs', async () => {
    const app = await openApp(session.browser, session.server);
    await app.page.getByRole('button', { name: /table/i }).click();
    await app.page.locator('.table-wrap .facts-line').waitFor();
    const inTable = await factsLine(app.page, '.table-wrap .facts-line');
    const inCredits = await factsLine(app.page, 'footer.credits .facts-line');
    expect(inTable.text).toContain(CHECKED_LINE);
    expect(inTable.links).toEqual(inCredits.links);
    await app.close();
  });

  test('gives each deal its value with whose figure it is, as in the data', async () => {
    const app = await openApp(session.browser, session.server);
    await app.page.getByRole('button', { name: /table/i }).click();
    await app.page.locator('#events-table tr[data-event-id]').first().waitFor();
    const valued = data.events.filter((x) => x.value);
    expect(valued.length).toBeGreaterThan(0);
    for (const e of valued) {
      expect(await app.page.locator(`#events-table tr[data-event-id="${e.id}"]`).innerText()).toContain(e.value!.label);
    }
    await app.close();
  });
});

describe('the embed (?embed=1)', () => {
  test('its credits say when the facts were checked and link the CSVs', async () => {
    const app = await openApp(session.browser, session.server, '?embed=1');
    const line = await factsLine(app.page, 'footer.credits .facts-line');
    expect(line.text).toContain(CHECKED_LINE);
    expect(line.links.map((l) => l.kind)).toEqual(['events', 'production']);
    for (const l of line.links) expect((await fetchText(app.page, l.href)).status).toBe(200);
    await app.close();
  });
});

describe('the callout', () => {
  test('shows the mining share computed from production.json', async () => {
    const computed = data.story.callout.shares.filter((s) => s.fromProduction !== undefined);
    expect(computed.length).toBeGreaterThan(0);
    const app = await openApp(session.browser, session.server);
    const shown = await app.page.$$eval('.callout-body li .share', (els) => els.map((e) => e.textContent));
    for (const s of computed) {
      const row = data.production.rows.find((r) => r.iso === s.fromProduction)!;
      expect(shown).toContain(`${Math.round((100 * row.production) / data.production.worldTotal)}%`);
    }
    expect(await app.page.locator('.callout-title').innerText()).toBe(data.story.callout.title);
    await app.close();
  });
});

describe('the deal lines', () => {
  test('are all drawn at one width, and the legend says nothing about width', async () => {
    const last = data.events.at(-1)!.date;
    const app = await openApp(session.browser, session.server, `?date=${last}`);
    const widths = await app.page.$$eval('path.flow-arc', (ps) => ps.map((p) => getComputedStyle(p).strokeWidth));
    expect(widths.length).toBe(data.events.filter((e) => e.deal).length);
    expect(new Set(widths).size).toBe(1);
    const legend = await app.page.locator('.legend').innerText();
    expect(legend).not.toMatch(/thick|thin|width|wider/i);
    await app.close();
  });
});
