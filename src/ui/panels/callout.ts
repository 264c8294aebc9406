import type { Story } from '../../data/types.ts';
import { externalLink, h } from '../../dom/h.ts';
import { formatPercent, t } from '../../i18n/locale.ts';

export interface CalloutOptions {
  /** One line, its title, that opens in place to the figures (embed mode). */
  readonly collapsed?: boolean;
}

/** China's share of mining and refining, each figure with its source; the label carries the year. */
export function mountCallout(parent: HTMLElement, callout: Story['callout'], o: CalloutOptions = {}): () => void {
  const list = h(
    'ul',
    {},
    ...callout.shares.map((s) =>
      h(
        'li',
        {},
        h('span', { class: 'share' }, formatPercent(s.percent / 100, 0)),
        h(
          'span',
          { class: 'share-label' },
          t('callout.label', { label: s.label }),
          h(
            'span',
            { class: 'share-source' },
            t('page.source'),
            ...s.sources.flatMap((src, i) => [i > 0 ? t('page.sourcesSep') : '', externalLink(src.url, src.publisher)]),
          ),
        ),
      ),
    ),
  );
  const node = o.collapsed
    ? h('details', { class: 'callout-body callout-details' }, h('summary', { class: 'callout-title' }, callout.title), list)
    : h('div', { class: 'callout-body' }, h('p', { class: 'callout-title' }, callout.title), list);
  parent.append(node);
  return () => node.remove();
}
