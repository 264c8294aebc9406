// The story as the build checks it, read from data/ for tests that compare what the page
// shows with the data: a corrected figure or a new event never needs a test edit.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseStoryData } from '../../src/data/schema';
import type { StoryData } from '../../src/data/types';

const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

export function readStoryData(): StoryData {
  const read = (name: string): unknown => JSON.parse(readFileSync(path.join(DATA_DIR, `${name}.json`), 'utf8')) as unknown;
  return parseStoryData({ events: read('events'), parties: read('parties'), production: read('production'), story: read('story') });
}
