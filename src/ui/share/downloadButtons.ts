import type { ViewStore } from '../../state/store';
import type { StillSource } from '../../still/stillSource';
import { h } from '../../dom/h';
import { t } from '../../i18n/locale';

/**
 * "Download image": PNG (1,600 px wide) and SVG of the current view (date and open deal).
 * The renderer is loaded on the first click. A status line says when it fails.
 */
export function downloadButtons(store: ViewStore, source: StillSource, idPrefix: string): HTMLElement {
  // role=status is polite by itself; no aria-live attribute, so the page's one announcer stays the [aria-live] region.
  const status = h('p', { class: 'download-status', role: 'status' });
  const button = (format: 'png' | 'svg', label: string) => {
    const b = h('button', { type: 'button', class: 'secondary-button', id: `${idPrefix}-${format}`, 'aria-label': t('download.as', { format: label }) }, label);
    b.addEventListener('click', async () => {
      b.setAttribute('aria-busy', 'true');
      status.textContent = '';
      try {
        const { downloadStill } = await import('../../still/downloadStill');
        const { date, selectedId } = store.getState();
        await downloadStill(source, { date, deal: selectedId }, format);
      } catch (error) {
        console.error(error);
        status.textContent = t('download.failed');
      } finally {
        b.removeAttribute('aria-busy');
      }
    });
    return b;
  };
  return h(
    'div',
    { class: 'download-image', role: 'group', 'aria-labelledby': `${idPrefix}-label` },
    h('span', { id: `${idPrefix}-label`, class: 'download-label' }, t('download.label')),
    button('png', 'PNG'),
    button('svg', 'SVG'),
    status,
  );
}
