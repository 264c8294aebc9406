import type { Story } from '../../data/types.ts';
import { externalLink, h } from '../../dom/h.ts';

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
        h('span', { class: 'share' }, `${s.percent}%`),
        h(
          'span',
          { class: 'share-label' },
          `${s.label}. `,
          h('span', { class: 'share-source' }, 'Source: ', ...s.sources.flatMap((src, i) => [i > 0 ? '; ' : '', externalLink(src.url, src.publisher)])),
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
