import '../../styles/notice.css';
import { h } from '../../dom/h';
import { t } from '../../i18n/locale';

/**
 * A problem that leaves the page usable (e.g. the basemap did not load): said in words, in
 * an alert, with a button to try again. Returns the notice's element.
 */
export function showNotice(parent: HTMLElement, message: string, retry: () => void): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary-button notice-retry' }, t('error.retry'));
  button.addEventListener('click', retry);
  const notice = h('div', { class: 'notice', role: 'alert' }, h('p', {}, message), button);
  parent.prepend(notice);
  return notice;
}
