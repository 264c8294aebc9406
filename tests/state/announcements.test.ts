import { describe, expect, it } from 'vitest';
import { eventAnnouncement, mapSummary } from '../../src/state/announcements';
import { readFixtureStory } from '../support/storyData';

// The fixture story (tests/fixtures/story).
const story = () => readFixtureStory();
const partyName = (id: string) => story().parties.find((p) => p.id === id)?.name ?? id;

describe('eventAnnouncement(event)', () => {
  it('reads the date in words, then the title, as one sentence', () => {
    const e = story().events.find((x) => x.id === 'fixture-korea')!;
    expect(eventAnnouncement(e)).toBe('3 September 2025: Fixture framework with Korea.');
  });

  it('does not double a full stop the title already has', () => {
    const e = { ...story().events[0]!, title: 'Controls announced.' };
    expect(eventAnnouncement(e)).toBe('14 May 2025: Controls announced.');
  });
});

describe('mapSummary(events, date, partyName, origin)', () => {
  it('before any event says no deal and no control step has been reached', () => {
    expect(mapSummary(story().events, '2025-01-01', partyName)).toBe(
      'The map at 1 January 2025. No US critical-minerals deal has been signed yet. No Chinese export-control step in the story has been reached yet.',
    );
  });

  it('lists the deals signed by the date with their dates, and the latest control step', () => {
    expect(mapSummary(story().events, '2025-09-11', partyName, 'Washington')).toBe(
      'The map at 11 September 2025. US deals signed, 2, drawn as lines from Washington: South Korea (3 September 2025) and Philippines (10 September 2025). China’s export controls, latest step (14 May 2025): Fixture controls on three made-up metals.',
    );
  });

  it('names no origin when the story gives none', () => {
    expect(mapSummary(story().events, '2025-09-11', partyName)).toContain('US deals signed, 2, drawn as lines: South Korea');
  });

  it('names the suspension once it is reached', () => {
    expect(mapSummary(story().events, '2025-10-15', partyName)).toMatch(/latest step \(15 October 2025\): Fixture controls of September suspended\.$/);
  });
});
