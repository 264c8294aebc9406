// Issue 6: each broken-data rule stops the build (the plugin's buildStart reads data/ through
// readAndValidate) with a message naming the file, the record and the field. One fixture per
// rule, copied over a temp copy of the fixture story (tests/fixtures/story/), so an edit to
// the real story never changes which error comes first.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAndValidate } from '../../src/build/storyDataPlugin';
import { FIXTURE_STORY_DIR } from '../support/storyData';

const DATA_DIR = FIXTURE_STORY_DIR;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/data');

/** A temp data/ whose `<file>.json` is the fixture `<rule>.<file>.json`. */
function brokenDataDir(fixture: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'story-broken-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  cpSync(path.join(FIXTURES, fixture), path.join(dir, `${fixture.split('.').at(-2)}.json`));
  return dir;
}

describe('readAndValidate(data dir with one broken rule), as the build runs it', () => {
  it.each([
    ['duplicate ids', 'duplicate-id.events.json', 'data/events.json: event "us-japan" (#2): field "id": '],
    ['a date that does not exist', 'impossible-date.events.json', 'data/events.json: event "us-japan" (#1): field "date": '],
    ['a date out of range', 'date-out-of-range.events.json', 'data/events.json: event "us-japan" (#1): field "date": '],
    ['a latitude out of range', 'lat-out-of-range.events.json', 'data/events.json: event "us-japan" (#1): field "place.lat": '],
    ['a longitude out of range', 'lon-out-of-range.events.json', 'data/events.json: event "us-japan" (#1): field "place.lon": '],
    ['a missing source', 'missing-source.events.json', 'data/events.json: event "us-japan" (#1): field "sources": '],
    ['an unknown party', 'unknown-party.events.json', 'data/events.json: event "us-japan" (#1): field "parties[1]": '],
    ['a source URL that is not https', 'http-url.events.json', 'data/events.json: event "us-japan" (#1): field "sources[0].url": '],
    ['a missing required field', 'missing-field.events.json', 'data/events.json: event "us-japan" (#1): field "title": '],
  ])('fails on %s, naming file, record and field', async (_rule, fixture, names) => {
    await expect(readAndValidate(brokenDataDir(fixture))).rejects.toThrow(names);
  });
});
