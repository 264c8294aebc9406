import { describe, expect, it } from 'vitest';
import { eventAnnouncement, mapSummary } from '../../src/state/announcements';
import { fixtureEvents } from '../state/fixtures';

const names: Record<string, string> = { AU: 'Australia', MY: 'Malaysia', TH: 'Thailand', US: 'United States' };
const partyName = (id: string) => names[id] ?? id;

describe('eventAnnouncement(event)', () => {
  it('reads the date in words, then the title, as one sentence', () => {
    const e = fixtureEvents().find((x) => x.id === 'us-australia')!;
    expect(eventAnnouncement(e)).toBe('20 October 2025: AU.');
  });

  it('does not double a full stop the title already has', () => {
    const e = { ...fixtureEvents()[0]!, title: 'Controls announced.' };
    expect(eventAnnouncement(e)).toBe('4 April 2025: Controls announced.');
  });
});

describe('mapSummary(events, date, partyName, origin)', () => {
  it('before any event says no deal and no control step has been reached', () => {
    expect(mapSummary(fixtureEvents(), '2025-01-01', partyName)).toBe(
      'The map at 1 January 2025. No US critical-minerals deal has been signed yet. No Chinese export-control step in the story has been reached yet.',
    );
  });

  it('lists the deals signed by the date with their dates, and the latest control step', () => {
    expect(mapSummary(fixtureEvents(), '2025-10-27', partyName, 'Washington')).toBe(
      'The map at 27 October 2025. US deals signed, 3, drawn as lines from Washington: Australia (20 October 2025), Malaysia (26 October 2025) and Thailand (26 October 2025). China’s rare-earth export controls, latest step (4 April 2025): Controls.',
    );
  });

  it('names no origin when the story gives none', () => {
    expect(mapSummary(fixtureEvents(), '2025-10-27', partyName)).toContain('US deals signed, 3, drawn as lines: Australia');
  });

  it('names the suspension once it is reached', () => {
    expect(mapSummary(fixtureEvents(), '2025-11-07', partyName)).toMatch(/latest step \(7 November 2025\): Suspension\.$/);
  });
});
