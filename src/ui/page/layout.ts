import type { Story } from '../../data/types.ts';
import { h } from '../../dom/h.ts';
import { t } from '../../i18n/locale.ts';

export interface Layout {
  readonly root: HTMLElement;
  readonly map: HTMLElement;
  readonly mapWrap: HTMLElement;
  readonly timeline: HTMLElement;
  readonly card: HTMLElement;
  readonly legend: HTMLElement;
  readonly callout: HTMLElement;
  readonly summary: HTMLElement;
  readonly announcer: HTMLElement;
  readonly extras: HTMLElement;
  readonly footer: HTMLElement;
  /** The credits' last line: links that modes add (the embed's "View the full map"). */
  readonly footerLinks: HTMLElement;
}

export interface LayoutOptions {
  readonly showTitle: boolean;
  readonly embed: boolean;
}

/**
 * The page's frame: headline and dek, the map (with its legend and callout), the
 * timeline, the event card and the credits. Every text comes from data/story.json.
 */
export function createLayout(parent: HTMLElement, story: Story, o: LayoutOptions): Layout {
  const headline = o.showTitle
    ? h('header', { class: 'masthead' }, h('h1', {}, story.headline), h('p', { class: 'dek' }, story.dek))
    : h('h1', { class: 'visually-hidden' }, story.headline);
  const summary = h('p', { id: 'map-summary', class: 'visually-hidden' });
  const map = h('div', { id: 'map', role: 'region', 'aria-label': t('page.mapRegion'), 'aria-describedby': 'map-summary' });
  const legend = h('aside', { class: 'legend', 'aria-label': t('page.legendRegion') });
  const callout = h('aside', { class: 'callout', 'aria-label': story.callout.title });
  const mapWrap = h('div', { class: 'map-wrap' }, map);
  const key = h('div', { class: 'key' }, callout, legend);
  const timeline = h('section', { class: 'timeline', 'aria-label': t('page.timelineRegion') });
  const card = h('article', { id: 'event-card', class: 'card', 'aria-live': 'off', hidden: true });
  const announcer = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const extras = h('div', { class: 'extras' });
  const footerLinks = h('p', { class: 'footer-links' });
  const footer = h(
    'footer',
    { class: 'credits' },
    h('p', { class: 'credits-text' }, o.embed ? (story.creditsShort ?? story.credits) : story.credits),
    footerLinks,
  );
  const main = h('main', { class: 'story' }, summary, key, mapWrap, timeline, card, extras);
  const root = h('div', { class: o.embed ? 'app is-embed' : 'app' }, headline, main, footer, announcer);
  parent.replaceChildren(root);
  return { root, map, mapWrap, timeline, card, legend, callout, summary, announcer, extras, footer, footerLinks };
}
