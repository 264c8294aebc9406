// A pause whose end date has passed by the date of checking must say what followed: the
// build refuses a story that tells a one-year suspension as if it were still running.
// Built on the fixture story (checked 2025-11-01), so no rule here depends on today's story.
import { describe, expect, it } from 'vitest';
import { DataError, parseStoryData } from '../../src/data/schema';
import { FIXTURE_STORY_DIR, readStoryFiles } from '../support/storyData';

type Json = Record<string, unknown>;
type Files = { events: { events: Json[] }; parties: unknown; production: unknown; story: Json };

function fixture(): Files {
  return structuredClone(readStoryFiles(FIXTURE_STORY_DIR)) as unknown as Files;
}

function withPause(files: Files, pauseEnds: string): Files {
  const suspension = files.events.events.find((e) => e.id === 'fixture-suspension')!;
  suspension.pauseEnds = pauseEnds;
  return files;
}

function pauseEnd(date: string, endsPause: unknown): Json {
  return {
    id: 'fixture-suspension-ends',
    date,
    kind: 'pause-end',
    title: 'End date of the fixture suspension',
    instrument: 'The end date the fixture suspension set',
    place: { name: 'Beijing', lat: 39.9, lon: 116.4 },
    parties: ['CN'],
    value: null,
    endsPause,
    summary: 'At the date of checking, this map has not confirmed what followed.',
    sources: [{ publisher: 'Fixture', title: 'Fixture', url: 'https://example.org/fixture' }],
  };
}

function problem(files: Files): string {
  try {
    parseStoryData(files);
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  throw new Error('the story passed the schema');
}

describe('pauses and their end dates', () => {
  it('accepts a pause whose end date is still to come, with no end event', () => {
    expect(() => parseStoryData(withPause(fixture(), '2026-10-15'))).not.toThrow();
  });

  it('refuses a pause whose end date has passed by the date of checking, and says what to add', () => {
    const message = problem(withPause(fixture(), '2025-10-30'));
    expect(message).toContain('fixture-suspension');
    expect(message).toContain('pauseEnds');
    expect(message).toContain('2025-10-30 has passed by the date of checking (2025-11-01');
    expect(message).toContain('add a "pause-end" event dated 2025-10-30 with "endsPause": "fixture-suspension"');
  });

  it('accepts the passed pause once a pause-end event on its end date says what followed', () => {
    const files = withPause(fixture(), '2025-10-30');
    files.events.events.push(pauseEnd('2025-10-30', 'fixture-suspension'));
    const data = parseStoryData(files);
    expect(data.events.find((e) => e.id === 'fixture-suspension-ends')?.endsPause).toBe('fixture-suspension');
  });

  it('refuses a pause-end event on another day than the pause ends', () => {
    const files = withPause(fixture(), '2025-10-30');
    files.events.events.push(pauseEnd('2025-10-31', 'fixture-suspension'));
    expect(problem(files)).toContain('must be 2025-10-30, the day the pause of "fixture-suspension" ends');
  });

  it('refuses a pause-end event that ends no pause, or names none', () => {
    const unknown = fixture();
    unknown.events.events.push(pauseEnd('2025-10-30', 'no-such-event'));
    expect(problem(unknown)).toContain('names "no-such-event", which is no event\'s id');
    const notPaused = fixture();
    notPaused.events.events.push(pauseEnd('2025-10-30', 'fixture-talks'));
    expect(problem(notPaused)).toContain('names "fixture-talks", which has no pauseEnds date');
    const none = fixture();
    none.events.events.push(pauseEnd('2025-10-30', undefined));
    expect(problem(none)).toContain('field "endsPause": is required for a pause-end event');
  });

  it('refuses a pauseEnds on or before the event it belongs to', () => {
    expect(problem(withPause(fixture(), '2025-10-15'))).toContain(`field "pauseEnds": must be after the event's date (2025-10-15)`);
  });
});
