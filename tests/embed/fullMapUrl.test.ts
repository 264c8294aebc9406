import { expect, test } from 'vitest';
import { fullMapUrl } from '../../src/embed/fullMapUrl';

test('fullMapUrl keeps the view and drops embed options and pym’s handshake', () => {
  expect(
    fullMapUrl('https://x.example/map/?embed=1&title=0&controls=0&childId=m&initialWidth=700&parentTitle=t&parentUrl=u&date=2025-10-28&deal=us-japan#h'),
  ).toBe('https://x.example/map/?date=2025-10-28&deal=us-japan');
});
