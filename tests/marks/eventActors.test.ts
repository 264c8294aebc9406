import { describe, expect, it } from 'vitest';
import type { StoryEvent } from '../../src/data/types';
import { crowdedEast } from '../../src/marks/prepareFlows';
import { actorOf } from '../../src/marks/pointMarks';
import { chinaControls, isControlStep } from '../../src/state/selectors';

const place = (lon: number, lat: number) => ({ name: 'x', lat, lon });
const deal = (id: string, lon: number, lat: number): StoryEvent => ({
  id,
  date: '2025-10-26',
  kind: 'memorandum',
  title: id,
  instrument: id,
  place: place(lon, lat),
  parties: ['US', 'P'],
  deal: { partner: 'P', origin: place(-77, 38.9), target: place(lon, lat) },
  value: null,
  summary: id,
  sources: [],
});
const event = (id: string, date: string, kind: StoryEvent['kind'], parties: string[]): StoryEvent => ({
  id,
  date,
  kind,
  title: id,
  instrument: id,
  place: place(116.4, 39.9),
  parties,
  value: null,
  summary: id,
  sources: [],
});

describe('crowdedEast(deal, deals): where a partner name goes', () => {
  const bangkok = deal('bangkok', 100.5, 13.76);
  const manila = deal('manila', 121, 14.6);
  const kualaLumpur = deal('kl', 101.7, 3.14);
  const tokyo = deal('tokyo', 139.7, 35.7);
  it('left of a marker with another partner just east at about its latitude', () => {
    expect(crowdedEast(bangkok, [bangkok, manila, kualaLumpur, tokyo])).toBe(true);
  });
  it('right where the next partner east is far off or at another latitude', () => {
    expect(crowdedEast(kualaLumpur, [bangkok, manila, kualaLumpur, tokyo])).toBe(false);
    expect(crowdedEast(manila, [bangkok, manila, kualaLumpur, tokyo])).toBe(false);
    expect(crowdedEast(bangkok, [bangkok, kualaLumpur, tokyo])).toBe(false);
  });
  it('across the antimeridian', () => {
    expect(crowdedEast(deal('fiji', 178, -18), [deal('fiji', 178, -18), deal('samoa', -172, -14)])).toBe(true);
  });
});

describe('whose act an event is', () => {
  it('is its first party: a US statement about China is blue, China’s own controls vermilion', () => {
    expect(actorOf({ parties: ['US', 'CN'] })).toBe('us');
    expect(actorOf({ parties: ['CN', 'US'] })).toBe('cn');
    expect(actorOf({ parties: ['JP'] })).toBe('other');
  });
  it('keeps a US pause-end out of China’s chain of control steps, and China’s in it', () => {
    const events = [
      event('control', '2025-10-09', 'export-control', ['CN']),
      event('china-pause-ends', '2026-11-10', 'pause-end', ['CN']),
      event('us-pause-ends', '2026-11-10', 'pause-end', ['US', 'CN']),
    ];
    expect(events.map(isControlStep)).toEqual([true, true, false]);
    expect(chinaControls(events, '2026-12-02')?.id).toBe('china-pause-ends');
  });
});
