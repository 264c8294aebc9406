// Seeded synthetic deals for "many flows": the bench pages draw them, and the browser tests
// serve them as a story's events.json. Every event passes the data schema (src/data/schema.ts)
// for a story whose parties include US and the given partners.
import type { StoryEvent } from '../../src/data/types';
// The same seeded PRNG as the URL fuzz (mulberry32), so every run draws the same synthetic flows.
import { prng as rng } from './hostileUrls';

export interface SyntheticDealOptions {
  /** Party ids the deals go to, in turn (each must be a party of the story). Default P0, P1, …: one per deal. */
  readonly partners?: readonly string[];
  /** The day every deal is signed. */
  readonly date?: string;
  readonly seed?: number;
}

/**
 * `count` deals from origins across North America to partners across Asia and the Pacific,
 * so every line crosses the ocean (and many the antimeridian). The same seed gives the same deals.
 */
export function syntheticDeals(count: number, options: SyntheticDealOptions = {}): StoryEvent[] {
  const { partners, date = '2025-10-20', seed = 20251028 } = options;
  const random = rng(seed);
  const place = (lon: number, lat: number) => ({ name: 'Synthetic place', lon: round(lon), lat: round(lat) });
  return Array.from({ length: count }, (_, i): StoryEvent => {
    const partner = partners ? partners[i % partners.length]! : `P${i}`;
    const origin = place(-125 + random() * 55, 28 + random() * 20);
    const target = place(95 + random() * 60, -40 + random() * 80);
    const usd = random() < 0.7 ? Math.round(random() * 9e9) : null;
    return {
      id: `synthetic-${i}`,
      date,
      kind: 'framework',
      title: `Synthetic flow ${i}`,
      instrument: 'Synthetic framework (test data)',
      place: origin,
      parties: ['US', partner],
      deal: { partner, origin, target },
      value: { label: usd === null ? 'No dollar figure' : 'Synthetic value', usd },
      summary: 'A made-up deal for tests and benchmarks.',
      sources: [{ publisher: 'Synthetic Gazette', title: `Synthetic flow ${i}`, url: `https://example.org/synthetic/${i}` }],
    };
  });
}

function round(n: number): number {
  return Math.round(n * 1e4) / 1e4;
}
