// The two stories tests read. The fixture story (tests/fixtures/story/) is small, made up
// and fixed: unit tests and most browser tests run on it, so an edit to the real story
// never breaks them. The real story (data/) is read by the few smoke tests that check the
// page against the data as the build checks it: a corrected figure or a new event changes
// their expected values, never their code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStoryData } from '../../src/data/schema';
import type { StoryData } from '../../src/data/types';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');
export const FIXTURE_STORY_DIR = path.resolve(import.meta.dirname, '../fixtures/story');

export type StoryFiles = Record<'events' | 'parties' | 'production' | 'story', unknown>;

/** The four files of a story folder as JSON, before the schema. */
export function readStoryFiles(dir: string): StoryFiles {
  const read = (name: string): unknown => JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')) as unknown;
  return { events: read('events'), parties: read('parties'), production: read('production'), story: read('story') };
}

/** The real story in data/, checked by the schema. */
export function readStoryData(): StoryData {
  return parseStoryData(readStoryFiles(DATA_DIR));
}

/** The fixture story in tests/fixtures/story/, checked by the schema. */
export function readFixtureStory(): StoryData {
  return parseStoryData(readStoryFiles(FIXTURE_STORY_DIR));
}
