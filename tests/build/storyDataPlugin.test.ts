import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { eventsCsv, productionCsv } from '../../src/build/dataCsv';
import { readAndValidate } from '../../src/build/readAndValidate';
import { hashedName, storyData } from '../../src/build/storyDataPlugin';
import { FIXTURE_STORY_DIR } from '../support/storyData';

// The fixture story (tests/fixtures/story/): fixed, so an edit to the real story in data/
// never changes what this test expects. The basemap labels are not part of a story: data/'s.
const DATA_DIR = FIXTURE_STORY_DIR;
const LABELS = path.resolve(import.meta.dirname, '../../data/labels.json');

/** A minimal site in a fresh temp folder: an index.html that preloads events.json, and the fixture story as its data/. */
function siteWith(eventsBody?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'story-site-'));
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><title>t</title><link rel="preload" href="./data/events.json" as="fetch" crossorigin vite-ignore /><p>t</p>',
  );
  cpSync(DATA_DIR, path.join(root, 'data'), { recursive: true });
  cpSync(LABELS, path.join(root, 'data', 'labels.json'));
  if (eventsBody !== undefined) writeFileSync(path.join(root, 'data', 'events.json'), eventsBody);
  return root;
}

function buildSite(root: string): Promise<unknown> {
  return build({ root, configFile: false, logLevel: 'silent', base: './', plugins: [storyData()] });
}

describe('storyData() in vite build', () => {
  it('emits the four files minified, each at dist/data/<name>.<content hash>.json, and none unhashed', async () => {
    const root = siteWith();
    await buildSite(root);
    const files = readdirSync(path.join(root, 'dist', 'data'));
    for (const name of ['events', 'parties', 'production', 'story']) {
      const hashed = files.filter((f) => new RegExp(`^${name}\\.[0-9a-f]{10}\\.json$`).test(f));
      expect(hashed).toHaveLength(1);
      const emitted = readFileSync(path.join(root, 'dist', 'data', hashed[0]!), 'utf8');
      expect(emitted).not.toContain('\n');
      expect(JSON.parse(emitted)).toEqual(JSON.parse(readFileSync(path.join(DATA_DIR, `${name}.json`), 'utf8')));
      expect(`data/${hashed[0]}`).toBe(hashedName(`data/${name}.json`, emitted));
    }
    expect(files).not.toContain('events.json');
  });

  it('rewrites the preload in index.html to the hashed name', async () => {
    const root = siteWith();
    await buildSite(root);
    const html = readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    const events = readdirSync(path.join(root, 'dist', 'data')).find((f) => /^events\.[0-9a-f]{10}\.json$/.test(f));
    expect(html).toContain(`href="./data/${events}"`);
    expect(html).not.toContain('./data/events.json"');
  });

  it('emits the two CSVs, hashed, exactly as the CSV writers make them from the checked data', async () => {
    const root = siteWith();
    await buildSite(root);
    const { data } = await readAndValidate(DATA_DIR);
    const files = readdirSync(path.join(root, 'dist', 'data'));
    for (const [name, expected] of [
      ['events', eventsCsv(data)],
      ['production', productionCsv(data)],
    ] as const) {
      const file = files.find((f) => new RegExp(`^${name}\\.[0-9a-f]{10}\\.csv$`).test(f));
      expect(file).toBeDefined();
      expect(readFileSync(path.join(root, 'dist', 'data', file!), 'utf8')).toBe(expected);
    }
  });

  it('gives a changed file a new name', async () => {
    const events = readFileSync(path.join(DATA_DIR, 'events.json'), 'utf8');
    const json = JSON.parse(events) as { events: { summary: string }[] };
    json.events[0]!.summary += ' One more sentence.';
    const edited = JSON.stringify(json, null, 2);
    const root = siteWith(edited);
    await buildSite(root);
    const before = hashedName('data/events.json', JSON.stringify(JSON.parse(events)));
    const after = hashedName('data/events.json', JSON.stringify(JSON.parse(edited)));
    const emitted = readdirSync(path.join(root, 'dist', 'data'));
    expect(after).not.toBe(before);
    expect(emitted).toContain(after.slice('data/'.length));
    expect(emitted).not.toContain(before.slice('data/'.length));
  });

  it('fails the build with the DataError message when a file breaks the schema', async () => {
    const events = readFileSync(path.join(DATA_DIR, 'events.json'), 'utf8').replace('"2025-05-14"', '"2025-05-32"');
    await expect(buildSite(siteWith(events))).rejects.toThrow('data/events.json: event "fixture-controls-may" (#1): field "date": is not a real calendar date');
  });
});
