// What the page says about its own facts, checked against data/: the date the facts were
// checked (credits, table, embed), the CSV downloads (fetched from the built page and read
// back), the callout's computed share, and deal lines that encode no value.
import { useSession } from './support/session';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { eventsCsv, productionCsv } from '../../src/build/dataCsv';
import { checkedLine } from '../../src/time/checkedLine';
import { openApp } from './support/page';
import { readStoryData } from '../support/storyData';
import { csvRecords } from '../support/parseCsv';

const session = useSession();
const data = readStoryData();

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
  test(`say "${checkedLine(data.story.checked)}" and link the two CSVs, same-origin, as downloads`, async () => {
    const app = await openApp(session.browser, session.server);
    const line = await factsLine(app.page, 'footer.credits .facts-line');
    expect(line.text).toContain(checkedLine(data.story.checked));
    expect(line.text).toContain('Get the data: events (CSV) · production (CSV)');
    expect(line.links.map((l) => l.kind)).toEqual(['events', 'production']);
    for (const l of line.links) {
      expect(new URL(l.href).origin).toBe(session.server.origin);
      expect(l.download).toMatch(/\.csv$/);
    }
    expect(app.errors).toEqual([]);
    await app.close();
  });

  test('the CSVs they link are the data: events and production, read back, match data/', async () => {
    const app = await openApp(session.browser, session.server);
    const line = await factsLine(app.page, 'footer.credits .facts-line');
    const expected = { events: eventsCsv(data), production: productionCsv(data) };
    for (const l of line.links) {
      const got = await fetchText(app.page, l.href);
      expect(got.status).toBe(200);
      expect(got.body).toBe(expected[l.kind as 'events' | 'production']);
    }
    const events = csvRecords((await fetchText(app.page, line.links[0]!.href)).body);
    expect(events.map((r) => r.date)).toEqual(data.events.map((e) => e.date));
    const production = csvRecords((await fetchText(app.page, line.links[1]!.href)).body);
    expect(production.slice(0, -1).map((r) => Number(r.tonnes_reo))).toEqual(data.production.rows.map((r) => r.production));
    await app.close();
  });
});

describe('the table', () => {
  test('says when the facts were checked and links the same CSVs', async () => {
    const app = await openApp(session.browser, session.server);
    await app.page.getByRole('button', { name: /table/i }).click();
    await app.page.locator('.table-wrap .facts-line').waitFor();
    const inTable = await factsLine(app.page, '.table-wrap .facts-line');
    const inCredits = await factsLine(app.page, 'footer.credits .facts-line');
    expect(inTable.text).toContain(checkedLine(data.story.checked));
    expect(inTable.links).toEqual(inCredits.links);
    await app.close();
  });

  test('gives each deal its value with whose figure it is, as in the data', async () => {
    const app = await openApp(session.browser, session.server);
    await app.page.getByRole('button', { name: /table/i }).click();
    await app.page.locator('#events-table tr[data-event-id]').first().waitFor();
    for (const e of data.events.filter((x) => x.value)) {
      expect(await app.page.locator(`#events-table tr[data-event-id="${e.id}"]`).innerText()).toContain(e.value!.label);
    }
    await app.close();
  });
});

describe('the embed (?embed=1)', () => {
  test('its credits say when the facts were checked and link the CSVs', async () => {
    const app = await openApp(session.browser, session.server, '?embed=1');
    const line = await factsLine(app.page, 'footer.credits .facts-line');
    expect(line.text).toContain(checkedLine(data.story.checked));
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
