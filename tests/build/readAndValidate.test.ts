import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/schema';
import { readAndValidate } from '../../src/build/storyDataPlugin';

import { FIXTURE_STORY_DIR } from '../support/storyData';

// On the fixture story: a fixed folder, so a journalist's edit to data/ changes nothing here
// (schema.test.ts checks that data/ itself passes).
const DATA_DIR = FIXTURE_STORY_DIR;

/** A copy of the fixture story in a fresh temp folder, with `events.json` replaced by `body`. */
function dataDirWithEvents(body: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'story-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, 'events.json'), body);
  return dir;
}

describe('readAndValidate(dir)', () => {
  it('reads and validates a story folder', async () => {
    const { data, json } = await readAndValidate(DATA_DIR);
    expect(data.story.defaultDate).toBe('2025-09-17');
    expect(json.parties).toEqual(JSON.parse(readFileSync(path.join(DATA_DIR, 'parties.json'), 'utf8')));
  });

  it('throws a DataError naming the file when a file is not valid JSON', async () => {
    const dir = dataDirWithEvents('{ "events": [');
    await expect(readAndValidate(dir)).rejects.toSatisfy((e) => e instanceof DataError && e.file === 'data/events.json' && e.field === '(json)');
  });

  it('throws a DataError naming the file when a file is missing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'story-data-'));
    await expect(readAndValidate(dir)).rejects.toBeInstanceOf(DataError);
  });
});
