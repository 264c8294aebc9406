import type { ViewStore } from '../../state/store';
import { embedSnippet } from '../../embed/embedSnippet';
import { ampSnippet } from '../../embed/ampSnippet';
import { codeFormatChoice } from './codeFormat';
import { formatLongDate } from '../../time/dates';
import { h } from '../../dom/h';
import { closeOnEscape } from '../page/escapeLayers';
import type { StillSource } from '../../still/stillSource';
import { downloadButtons } from './downloadButtons';
import { themeChoice } from './themeChoice';
import type { ThemeChoice } from '../../theme/theme';

export interface EmbedDialogOptions {
  readonly title: string;
  /** The full page's address; the snippet replaces its query. */
  readonly pageUrl: string;
  /** Where iframes cannot go (print, a newsletter): the same view as an image. */
  readonly still?: StillSource;
  /** The theme the choice starts on (the page's own); light by default. */
  readonly theme?: ThemeChoice;
}

/**
 * A modal native <dialog> with the embed code for the current view (date and deal), two
 * options and a copy button. Escape and the Close button close it; focus goes back to
 * `opener`. The dialog is removed from the page when it closes. Escape is taken through
 * src/ui/page/escapeLayers.ts, so that it closes the dialog alone and not the card behind it.
 */
export function openEmbedDialog(opener: HTMLElement, store: ViewStore, o: EmbedDialogOptions): HTMLDialogElement {
  const { date, selectedId } = store.getState();
  const code = h('textarea', { id: 'embed-code', readonly: true, rows: 6, spellcheck: 'false', 'aria-describedby': 'embed-dialog-help' });
  const showTitle = h('input', { type: 'checkbox', id: 'embed-show-title', checked: true });
  const showControls = h('input', { type: 'checkbox', id: 'embed-show-controls', checked: true });
  const format = codeFormatChoice();
  const theme = themeChoice(o.theme ?? 'light', store, o.still);
  const copy = h('button', { type: 'button', id: 'embed-copy', class: 'primary-button' }, 'Copy code');
  const close = h('button', { type: 'button', id: 'embed-close', class: 'secondary-button' }, 'Close');
  const status = h('p', { id: 'embed-copy-status', class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const dialog = h(
    'dialog',
    { id: 'embed-dialog', class: 'embed-dialog', 'aria-labelledby': 'embed-dialog-title' },
    h('h2', { id: 'embed-dialog-title' }, 'Embed this map'),
    h(
      'p',
      { id: 'embed-dialog-help' },
      `Paste this code into your article’s HTML. It shows the map as it is now (${formatLongDate(date)}), fits the width of your column, sizes its own height and loads nothing from any other site.`,
    ),
    h('label', { for: 'embed-code' }, 'Embed code'),
    code,
    h('fieldset', {}, h('legend', {}, 'Options'), h('label', {}, showTitle, 'Show headline'), h('label', {}, showControls, 'Show timeline')),
    theme.element,
    format.element,
    o.still ? downloadButtons(store, o.still, 'embed-download') : null,
    h('div', { class: 'dialog-actions' }, copy, close),
    status,
  );

  const render = () => {
    const options = {
      pageUrl: o.pageUrl,
      date,
      deal: selectedId,
      title: o.title,
      showTitle: showTitle.checked,
      showControls: showControls.checked,
      theme: theme.value(),
    };
    code.value = format.value() === 'amp' ? ampSnippet(options) : embedSnippet(options);
    status.textContent = '';
  };
  showTitle.addEventListener('change', render);
  showControls.addEventListener('change', render);
  format.element.addEventListener('change', render);
  theme.element.addEventListener('change', render);
  code.addEventListener('focus', () => code.select());
  copy.addEventListener('click', async () => {
    status.textContent = '';
    const copied = await copyText(code);
    // A fresh text node each time, so that a second copy is announced again.
    status.textContent = copied ? 'Copied' : 'Select the code and press Ctrl+C (⌘+C) to copy';
  });
  close.addEventListener('click', () => dialog.close());
  const stopEscape = closeOnEscape(
    'dialog',
    () => dialog.open,
    () => dialog.close(),
  );
  dialog.addEventListener('close', () => {
    stopEscape();
    theme.destroy();
    dialog.remove();
    opener.focus();
  });
  render();
  document.body.append(dialog);
  dialog.showModal();
  code.focus();
  return dialog;
}

/** Clipboard API where allowed; a selection and execCommand where it is not (older or framed pages). */
async function copyText(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
