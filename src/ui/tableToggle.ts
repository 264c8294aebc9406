import type { ViewStore } from '../state/store';
import type { TableOptions } from './table';
import { h } from './dom';

/**
 * "Show as table": the text alternative, loaded only when asked for so the first view
 * ships less code.
 */
export function mountTableToggle(parent: HTMLElement, store: ViewStore, o: TableOptions): () => void {
  const region = h('section', { id: 'table-region', class: 'table-region', 'aria-label': 'The story as a table', hidden: true });
  const button = h('button', { type: 'button', class: 'secondary-button', id: 'show-table', 'aria-expanded': 'false', 'aria-controls': 'table-region' }, 'Show as table');
  let unmountTable: (() => void) | null = null;
  button.addEventListener('click', async () => {
    const open = region.hidden;
    region.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide table' : 'Show as table';
    if (open && !unmountTable) {
      try {
        const { mountTable } = await import('./table');
        region.replaceChildren();
        unmountTable = mountTable(region, store, o);
      } catch {
        // The table's code could not be fetched (offline, server gone): say so, and let
        // the next click try again.
        region.replaceChildren(h('p', { role: 'alert' }, 'The table could not be loaded. Check your connection and press “Hide table”, then “Show as table” to try again.'));
      }
    }
  });
  parent.append(button, region);
  return () => {
    unmountTable?.();
    button.remove();
    region.remove();
  };
}
