import { expect, test } from 'vitest';
import { embedSnippet, embedSrc } from '../../src/embed/embedSnippet';
import { fullMapUrl } from '../../src/embed/fullMapUrl';
import { parseHostMessage } from '../../src/embed/hostControl';

const T = 'critical-minerals-map:set';
const CTX = { ids: new Set(['us-japan']), start: '2025-04-04', end: '2025-11-07' };
const BASE = { pageUrl: 'https://news.example/maps/minerals/?x=1', date: '2025-10-28', deal: null, showTitle: true, showControls: true };

test('parseHostMessage accepts a theme alone: light, dark or auto', () => {
  expect(['light', 'dark', 'auto'].map((theme) => parseHostMessage({ type: T, theme }, CTX))).toEqual([
    { theme: 'light' },
    { theme: 'dark' },
    { theme: 'auto' },
  ]);
});

test('parseHostMessage accepts a theme beside a date', () => {
  expect(parseHostMessage({ type: T, theme: 'dark', date: '2025-10-20' }, CTX)).toEqual({ theme: 'dark', date: '2025-10-20' });
});

test('parseHostMessage rejects a theme that is not light, dark or auto (and its date with it)', () => {
  expect([parseHostMessage({ type: T, theme: 'Dark' }, CTX), parseHostMessage({ type: T, theme: true, date: '2025-10-20' }, CTX)]).toEqual([null, null]);
});

test('embedSrc carries theme=dark and theme=auto; light, the default, adds nothing', () => {
  expect([embedSrc({ ...BASE, theme: 'dark' }), embedSrc({ ...BASE, theme: 'auto' }), embedSrc({ ...BASE, theme: 'light' })]).toEqual([
    'https://news.example/maps/minerals/?embed=1&date=2025-10-28&theme=dark',
    'https://news.example/maps/minerals/?embed=1&date=2025-10-28&theme=auto',
    'https://news.example/maps/minerals/?embed=1&date=2025-10-28',
  ]);
});

test('embedSnippet with theme=dark: the iframe and the no-script link both carry it', () => {
  const code = embedSnippet({ ...BASE, theme: 'dark', title: 'Map' });
  expect(code.match(/theme=dark/g)).toHaveLength(2);
});

test('fullMapUrl(href, theme) carries the theme the frame shows and drops transparent and the dark alias', () => {
  const href = 'https://maps.example/?embed=1&date=2025-10-28&theme=auto&dark=true&transparent=1';
  expect([fullMapUrl(href, 'dark'), fullMapUrl(href, 'light')]).toEqual([
    'https://maps.example/?date=2025-10-28&theme=dark',
    'https://maps.example/?date=2025-10-28',
  ]);
});

test('fullMapUrl(href) without a theme keeps the address’s own', () => {
  expect(fullMapUrl('https://maps.example/?embed=1&theme=dark')).toBe('https://maps.example/?theme=dark');
});

test('fallbackLink: theme=dark links the dark still; auto gives a <picture> with the dark one for prefers-color-scheme: dark', () => {
  const dark = embedSnippet({ ...BASE, theme: 'dark', title: 'Map' });
  expect(dark).toContain('<img src="https://news.example/maps/minerals/embed-fallback-dark.png"');
  const auto = embedSnippet({ ...BASE, theme: 'auto', title: 'Map' });
  expect(auto).toContain(
    '<picture><source media="(prefers-color-scheme: dark)" srcset="https://news.example/maps/minerals/embed-fallback-dark.png"><img src="https://news.example/maps/minerals/embed-fallback.png"',
  );
  expect(embedSnippet({ ...BASE, title: 'Map' })).not.toContain('fallback-dark');
});
