// The scripts a host page loads from the map's server must cost the article almost nothing.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';

const gzipped = (file: string) => gzipSync(readFileSync(new URL(`../../public/${file}`, import.meta.url)), { level: 9 }).length;

test('scrolly.js is at most 3 KB gzipped', () => {
  expect(gzipped('scrolly.js')).toBeLessThanOrEqual(3 * 1024);
});

test('embed.js is at most 2 KB gzipped', () => {
  expect(gzipped('embed.js')).toBeLessThanOrEqual(2 * 1024);
});
