import { expect, test } from 'vitest';
import { oembedLink, oembedResponse } from '../../src/build/oembed';
import type { Story } from '../../src/data/types';

const story = { headline: 'Deals "and" <controls>' } as Story;

test('the response is a rich oEmbed 1.0 with the iframe at the first view’s size and the fallback still as thumbnail', () => {
  expect(oembedResponse(story, 'https://news.example/maps/minerals/')).toEqual({
    version: '1.0',
    type: 'rich',
    title: 'Deals "and" <controls>',
    provider_name: 'news.example',
    provider_url: 'https://news.example/',
    html: '<iframe src="https://news.example/maps/minerals/?embed=1&amp;fit=1" width="640" height="703" title="Map: Deals &quot;and&quot; &lt;controls&gt;" frameborder="0"></iframe>',
    width: 640,
    height: 703,
    thumbnail_url: 'https://news.example/maps/minerals/embed-fallback.png',
    thumbnail_width: 640,
    thumbnail_height: 480,
  });
});

test('the HTML holds only what WordPress keeps of an unknown provider’s embed: an iframe, none of style, data-* or script', () => {
  const { html } = oembedResponse(story, 'https://news.example/m/');
  const attrs = [...html.matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]);
  expect(attrs).toEqual(['src', 'width', 'height', 'title', 'frameborder']);
  expect(html).not.toMatch(/<script|style=|data-/);
});

test('the discovery link points at oembed.json under the site', () => {
  expect(oembedLink(story, 'https://news.example/m/')).toEqual({
    rel: 'alternate',
    type: 'application/json+oembed',
    href: 'https://news.example/m/oembed.json',
    title: 'Deals "and" <controls>',
  });
});
