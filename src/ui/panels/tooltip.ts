import type { ViewStore } from '../../state/store';
import type { FlowMark } from '../../marks/prepareFlows';
import { h } from '../../dom/h';
import { closeOnEscape } from '../page/escapeLayers';
import { formatDate } from '../../i18n/locale';

/**
 * The deal tooltip: shown next to the partner marker under the pointer or keyboard
 * focus, with the deal's title, date and value. Hidden while the map moves, and by Escape
 * (until the pointer or focus moves to another deal) without closing the card under it.
 */
export interface TooltipOptions {
  readonly flows: readonly FlowMark[];
  /** Where the deal's marker is on screen, from the layer that draws it (null: not drawn). */
  readonly anchor: (id: string) => DOMRect | null;
}

export function mountTooltip(mapWrap: HTMLElement, store: ViewStore, o: TooltipOptions): () => void {
  const tip = h('div', { class: 'tooltip', role: 'tooltip', id: 'deal-tooltip', hidden: true });
  mapWrap.append(tip);

  function show(id: string | null): void {
    const flow = o.flows.find((f) => f.id === id);
    const box = id ? o.anchor(id) : null;
    if (!flow || !box) {
      tip.hidden = true;
      return;
    }
    tip.replaceChildren(h('strong', {}, flow.title), h('span', {}, formatDate(flow.date)), h('span', {}, flow.valueLabel));
    tip.hidden = false;
    const frame = mapWrap.getBoundingClientRect();
    const x = box.left + box.width / 2 - frame.left;
    const y = box.top - frame.top;
    const left = Math.max(4, Math.min(frame.width - tip.offsetWidth - 4, x - tip.offsetWidth / 2));
    const top = y - tip.offsetHeight - 8 >= 0 ? y - tip.offsetHeight - 8 : y + box.height + 8;
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  const unsubscribe = store.subscribe((s) => s.hoverId, show);
  const stopEscape = closeOnEscape(
    'tooltip',
    () => !tip.hidden,
    () => {
      tip.hidden = true;
    },
  );
  return () => {
    unsubscribe();
    stopEscape();
    tip.remove();
  };
}
