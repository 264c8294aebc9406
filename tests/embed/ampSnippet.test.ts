// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { ampSnippet } from '../../src/embed/ampSnippet';
import { FALLBACK_HEIGHT } from '../../src/embed/embedSnippet';
import { heightMessages } from '../../src/embed/heightMessages';

const BASE = {
  pageUrl: 'https://news.example/maps/minerals/',
  date: '2025-10-28',
  deal: 'us-japan',
  showTitle: true,
  showControls: true,
  title: 'Map: "deals"',
};

function parse(code: string): Element {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}</body>`, 'text/html');
  expect(doc.body.children).toHaveLength(1);
  return doc.body.firstElementChild!;
}

test('the AMP code is one amp-iframe: resizable, sandboxed as AMP requires, full width at the first view’s height', () => {
  const el = parse(ampSnippet(BASE));
  expect(el.tagName.toLowerCase()).toBe('amp-iframe');
  expect(el.getAttribute('src')).toBe('https://news.example/maps/minerals/?embed=1&date=2025-10-28&deal=us-japan');
  expect(el.getAttribute('title')).toBe('Map: "deals"');
  expect(el.hasAttribute('resizable')).toBe(true);
  expect(el.getAttribute('sandbox')!.split(' ').sort()).toEqual(['allow-same-origin', 'allow-scripts']);
  expect(el.getAttribute('layout')).toBe('fixed-height');
  expect(el.getAttribute('height')).toBe(String(FALLBACK_HEIGHT));
  // layout="fixed-height" takes no width, or "auto".
  expect(el.getAttribute('width') ?? 'auto').toBe('auto');
});

test('it has the overflow element that resizable requires, and the build’s still as its placeholder', () => {
  const el = parse(ampSnippet(BASE));
  const overflow = el.querySelector(':scope > [overflow]')!;
  expect(overflow.getAttribute('role')).toBe('button');
  expect(overflow.getAttribute('tabindex')).toBe('0');
  expect(overflow.textContent).toBe('Show the whole map');
  const placeholder = el.querySelector(':scope > amp-img[placeholder]')!;
  expect(placeholder.getAttribute('src')).toBe('https://news.example/maps/minerals/embed-fallback.png');
  expect(placeholder.getAttribute('layout')).toBe('fill');
  expect(placeholder.getAttribute('alt')).toBe('Map: "deals"');
});

test('the map sends amp-iframe’s resize request: sentinel "amp", type "embed-size", a whole number of px', () => {
  const amp = heightMessages(811.4, { pymChildId: null }).filter((m) => typeof m === 'object' && 'sentinel' in m);
  expect(amp).toEqual([{ sentinel: 'amp', type: 'embed-size', height: 812 }]);
});
