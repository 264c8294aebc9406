import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { storyData } from '../../src/data/vitePlugin';

const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

/** A minimal site in a fresh temp folder: an index.html and a copy of data/. */
function siteWith(eventsBody?: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'story-site-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
  cpSync(DATA_DIR, path.join(root, 'data'), { recursive: true });
  if (eventsBody !== undefined) writeFileSync(path.join(root, 'data', 'events.json'), eventsBody);
  return root;
}

function buildSite(root: string): Promise<unknown> {
  return build({ root, configFile: false, logLevel: 'silent', base: './', plugins: [storyData()] });
}

describe('storyData() in vite build', () => {
  it('emits the four files, minified and unhashed, at dist/data/<name>.json', async () => {
    const root = siteWith();
    await buildSite(root);
    const emitted = readFileSync(path.join(root, 'dist', 'data', 'events.json'), 'utf8');
    expect(emitted).not.toContain('\n');
    expect(JSON.parse(emitted)).toEqual(JSON.parse(readFileSync(path.join(DATA_DIR, 'events.json'), 'utf8')));
    for (const name of ['parties', 'production', 'story']) {
      expect(existsSync(path.join(root, 'dist', 'data', `${name}.json`))).toBe(true);
    }
  });

  it('fails the build with the DataError message when a file breaks the schema', async () => {
    const events = readFileSync(path.join(DATA_DIR, 'events.json'), 'utf8').replace('"2025-04-04"', '"2025-04-31"');
    await expect(buildSite(siteWith(events))).rejects.toThrow(
      'data/events.json: event "china-controls-apr" (#1): field "date": is not a real calendar date',
    );
  });
});
