import type { StoryEvent } from '../../src/data/types';

/** A fixed, minimal story: two context events and three deals, two on one day. */
export function fixtureEvents(): StoryEvent[] {
  const place = { name: 'Somewhere', lat: 0, lon: 0 };
  const source = [{ publisher: 'P', title: 'T', url: 'https://example.org/' }];
  const base = { instrument: 'I', place, parties: ['US'], value: null, summary: 'S', sources: source };
  const deal = (partner: string) => ({ partner, origin: place, target: place });
  return [
    { ...base, id: 'controls', date: '2025-04-04', kind: 'export-control', title: 'Controls' },
    { ...base, id: 'us-australia', date: '2025-10-20', kind: 'framework', title: 'AU', deal: deal('AU') },
    { ...base, id: 'us-malaysia', date: '2025-10-26', kind: 'memorandum', title: 'MY', deal: deal('MY') },
    { ...base, id: 'us-thailand', date: '2025-10-26', kind: 'memorandum', title: 'TH', deal: deal('TH') },
    { ...base, id: 'suspension', date: '2025-11-07', kind: 'suspension', title: 'Suspension' },
  ];
}
