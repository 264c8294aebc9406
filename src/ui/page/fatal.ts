import { h } from '../../dom/h';
import { t } from '../../i18n/locale';

/** When the map cannot be shown at all: say so in words, with a way to try again. */
export function showFatal(root: HTMLElement, error: unknown, retry: () => void): void {
  document.documentElement.dataset.state = 'error';
  const message = error instanceof Error ? error.message : String(error);
  const button = h('button', { type: 'button', class: 'secondary-button' }, t('error.tryAgain'));
  button.addEventListener('click', retry);
  root.replaceChildren(h('div', { class: 'fatal', role: 'alert' }, h('h1', {}, t('error.title')), h('p', {}, message), button));
}
