import { describe, expect, it } from 'vitest';
import type { StoryData, StoryEvent } from '../../src/data/types';
import { viewDeriver } from '../../src/state/deriveView';
import type { ViewState } from '../../src/state/store';
import { storyModel } from '../../src/state/storyModel';

// A made-up story: two deals from one origin, a control and its suspension, a meeting.
const place = (name: string, lon: number, lat: number) => ({ name, lon, lat });
const origin = { ...place('Capitol, Alpha City', -77, 39), label: 'Alpha City' };
const ev = (id: string, date: string, kind: StoryEvent['kind'], extra: Partial<StoryEvent> = {}): StoryEvent =>
  ({
    id,
    date,
    kind,
    title: `Title ${id}`,
    summary: 'S.',
    instrument: 'I',
    place: place('P', 100, 30),
    parties: ['A', 'B'],
    sources: [],
    ...extra,
  }) as StoryEvent;
const events: StoryEvent[] = [
  ev('control', '2025-01-10', 'export-control', { parties: ['C'] }),
  ev('deal-b', '2025-02-01', 'framework', { deal: { partner: 'B', origin, target: place('B town', 140, -30) } }),
  ev('meeting', '2025-02-15', 'meeting', { parties: ['A', 'C'] }),
  ev('deal-d', '2025-03-01', 'memorandum', { parties: ['A', 'D'], deal: { partner: 'D', origin, target: place('D town', 100, 10) } }),
  ev('suspension', '2025-03-05', 'suspension', { parties: ['C'] }),
];
const data = {
  events,
  parties: [
    { id: 'A', name: 'Alphaland', iso: '001' },
    { id: 'B', name: 'Betaland', iso: '002' },
    { id: 'C', name: 'Gammaland', iso: '003' },
    { id: 'D', name: 'Deltaland', iso: null },
  ],
  production: { title: 'P', unit: 't', year: 2025, worldTotal: 10, sources: [], rows: [] },
  story: {},
} as unknown as StoryData;
const state = (date: string, selectedId: string | null = null, hoverId: string | null = null): ViewState => ({ date, selectedId, hoverId, playing: false });

describe('viewDeriver(storyModel(data))(state)', () => {
  it('keeps the deals signed by the date, and China’s latest control step before the other context events', () => {
    const view = viewDeriver(storyModel(data))(state('2025-03-05'));
    expect(view.flows.map((f) => f.id)).toEqual(['deal-b', 'deal-d']);
    expect(view.eventMarks.map((m) => m.id)).toEqual(['suspension', 'meeting']);
    expect(view.current?.id).toBe('suspension');
  });

  it('hides the labels of every party to a deal in force that has a country', () => {
    expect(viewDeriver(storyModel(data))(state('2025-03-01')).hiddenLabels).toEqual(['001', '002']);
  });

  it('makes the hovered deal the active one, else the current event', () => {
    const derive = viewDeriver(storyModel(data));
    expect(derive(state('2025-03-01', 'deal-b')).activeId).toBe('deal-b');
    expect(derive(state('2025-03-01', 'deal-b', 'deal-d')).activeId).toBe('deal-d');
  });

  it('names the origin from the data in the summary, and announces the current event', () => {
    const view = viewDeriver(storyModel(data))(state('2025-02-02'));
    expect(view.summary).toContain('drawn as lines from Alpha City: Betaland (1 February 2025)');
    expect(view.announcement).toBe('1 February 2025: Title deal-b.');
  });

  it('returns the same slices for a hover or a day that changes nothing they hold', () => {
    const derive = viewDeriver(storyModel(data));
    const a = derive(state('2025-02-02'));
    const b = derive(state('2025-02-03', null, 'deal-b'));
    expect(b.flows).toBe(a.flows);
    expect(b.eventMarks).toBe(a.eventMarks);
    expect(b.hiddenLabels).toBe(a.hiddenLabels);
    expect(b.activeId).toBe('deal-b');
    const c = derive(state('2025-03-01'));
    expect(c.flows).not.toBe(a.flows);
  });

  it('returns the very same view for the same inputs', () => {
    const derive = viewDeriver(storyModel(data));
    const s = state('2025-02-20');
    expect(derive({ ...s, playing: true })).toBe(derive(s));
  });
});
