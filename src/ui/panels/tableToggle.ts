import type { ViewStore } from '../../state/store';
import type { TableOptions } from './table';
import { h } from '../../dom/h';
import { whenIdle } from '../share/printStill';
import { t } from '../../i18n/locale';

/**
 * "Show as table": the text alternative, loaded only when asked for so the first view
 * ships less code.
 */
export function mountTableToggle(parent: HTMLElement, store: ViewStore, o: TableOptions, print: { readonly withTable?: boolean } = {}): () => void {
  const region = h('section', { id: 'table-region', class: 'table-region', 'aria-label': t('table.region'), hidden: true });
  const button = h(
    'button',
    { type: 'button', class: 'secondary-button', id: 'show-table', 'aria-expanded': 'false', 'aria-controls': 'table-region' },
    t('table.show'),
  );
  let unmountTable: (() => void) | null = null;
  button.addEventListener('click', async () => {
    const open = region.hidden;
    region.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? t('table.hide') : t('table.show');
    if (open && !unmountTable) {
      try {
        const { mountTable } = await import('./table');
        region.replaceChildren();
        unmountTable = mountTable(region, store, o);
      } catch {
        // The table's code could not be fetched (offline, server gone): say so, and let
        // the next click try again.
        region.replaceChildren(h('p', { role: 'alert' }, t('table.failed')));
      }
    }
  });
  parent.append(button, region);
  // A printed page carries the table (print.css shows the region): its code is fetched when
  // the browser is idle, and the table is built on beforeprint, which must not wait.
  let table: typeof import('./table') | null = null;
  const load = () =>
    import('./table').then(
      (m) => {
        table = m;
      },
      () => undefined,
    );
  const cancelIdle = print.withTable ? whenIdle(() => void load()) : () => undefined;
  const beforePrint = (): void => {
    if (unmountTable) return;
    if (!table)
      return void load().then(() => {
        if (printQuery.matches) beforePrint();
      });
    region.replaceChildren();
    unmountTable = table.mountTable(region, store, o);
  };
  const printQuery = matchMedia('print');
  const onMedia = (e: MediaQueryListEvent) => {
    if (e.matches) beforePrint();
  };
  if (print.withTable) {
    window.addEventListener('beforeprint', beforePrint);
    printQuery.addEventListener('change', onMedia);
  }
  return () => {
    cancelIdle();
    window.removeEventListener('beforeprint', beforePrint);
    printQuery.removeEventListener('change', onMedia);
    unmountTable?.();
    button.remove();
    region.remove();
  };
}
