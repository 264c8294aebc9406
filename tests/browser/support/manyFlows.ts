// The fixture story with many flows: its own events plus seeded synthetic deals, served in
// place of the fixture build's events file (same hashed URL, so the page, its preload and
// its schema check are the fixture build's own). No second build is needed.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryEvent } from '../../../src/data/types';
import { readStoryFiles, FIXTURE_STORY_DIR } from '../../support/storyData';
import { syntheticDeals } from '../../support/syntheticDeals';
import { FIXTURE_DIST_DIR } from './server';

/** The day the synthetic deals are signed: in force at the fixture's default date (2025-09-17), after its first deal. */
export const SYNTHETIC_DATE = '2025-09-03';

/** The fixture's events with `count` synthetic deals to its partners inserted in date order. */
export function manyFlowsEvents(count: number): StoryEvent[] {
  const { events } = readStoryFiles(FIXTURE_STORY_DIR).events as { events: StoryEvent[] };
  const deals = syntheticDeals(count, { partners: ['KR', 'PH', 'NZ', 'JP'], date: SYNTHETIC_DATE });
  const at = events.findIndex((e) => e.date > SYNTHETIC_DATE);
  return [...events.slice(0, at), ...deals, ...events.slice(at)];
}

/**
 * Routes for useSession({ story: 'fixture', serve: { routes } }) that serve manyFlowsEvents
 * as the fixture build's events file. Empty when there is no fixture build yet (the session
 * then fails with serveDist's own message).
 */
export function manyFlowsRoutes(count: number): Record<string, string> {
  const dir = join(FIXTURE_DIST_DIR, 'data');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^events\.[0-9a-f]+\.json$/.test(f)) : undefined;
  return file ? { [`/data/${file}`]: JSON.stringify({ events: manyFlowsEvents(count) }) } : {};
}
