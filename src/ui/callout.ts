import type { Story } from '../data/types';
import { externalLink, h } from './dom';

/** China's share of mining and refining, each figure with its source; the label carries the year. */
export function mountCallout(parent: HTMLElement, callout: Story['callout']): () => void {
  const node = h('div', { class: 'callout-body' },
    h('p', { class: 'callout-title' }, callout.title),
    h('ul', {}, ...callout.shares.map((s) =>
      h('li', {},
        h('span', { class: 'share' }, `${s.percent}%`),
        h('span', { class: 'share-label' }, `${s.label}. `,
          h('span', { class: 'share-source' }, 'Source: ', ...s.sources.flatMap((src, i) => [i > 0 ? '; ' : '', externalLink(src.url, src.publisher)])))))));
  parent.append(node);
  return () => node.remove();
}
