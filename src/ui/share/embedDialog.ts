import type { ViewStore } from '../../state/store';
import { embedSnippet, embedSrc } from '../../embed/embedSnippet';
import { ampSnippet } from '../../embed/ampSnippet';
import { codeFormatChoice } from './codeFormat';
import { h } from '../../dom/h';
import { closeOnEscape } from '../page/escapeLayers';
import type { StillSource } from '../../still/stillSource';
import { downloadButtons } from './downloadButtons';
import { themeChoice } from './themeChoice';
import type { ThemeChoice } from '../../theme/theme';
import { formatDate, getLocale, t } from '../../i18n/locale';
import { LANGS, type Lang } from '../../i18n/languages';

export interface EmbedDialogOptions {
  readonly title: string;
  /** The full page's address; the snippet replaces its query. */
  readonly pageUrl: string;
  /** Where iframes cannot go (print, a newsletter): the same view as an image. */
  readonly still?: StillSource;
  /** The theme the choice starts on (the page's own); light by default. */
  readonly theme?: ThemeChoice;
  /** The iframe's accessible name in another language than the page's (its translation's headline). */
  readonly titleIn?: (lang: Lang) => Promise<string>;
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
  // The language of the embedded map, the page's own by default; the preview shows the map in it.
  const language = h('select', { id: 'embed-lang' }, ...LANGS.map((l) => h('option', { value: l, lang: l, selected: l === getLocale().lang }, t(`lang.${l}`))));
  const preview = h('iframe', { id: 'embed-preview', class: 'embed-preview', title: t('embed.preview'), width: '100%', height: 420 });
  const previewBox = h('details', { class: 'embed-preview-box' }, h('summary', {}, t('embed.preview')), preview);
  const titles = new Map<string, string>([[getLocale().lang, o.title]]);
  const copy = h('button', { type: 'button', id: 'embed-copy', class: 'primary-button' }, t('embed.copy'));
  const close = h('button', { type: 'button', id: 'embed-close', class: 'secondary-button' }, t('embed.close'));
  const status = h('p', { id: 'embed-copy-status', class: 'copy-status', role: 'status', 'aria-live': 'polite' });
  const dialog = h(
    'dialog',
    { id: 'embed-dialog', class: 'embed-dialog', 'aria-labelledby': 'embed-dialog-title' },
    h('h2', { id: 'embed-dialog-title' }, t('embed.title')),
    h('p', { id: 'embed-dialog-help' }, t('embed.help', { date: formatDate(date) })),
    h('label', { for: 'embed-code' }, t('embed.code')),
    code,
    h(
      'fieldset',
      {},
      h('legend', {}, t('embed.options')),
      h('label', {}, showTitle, t('embed.showTitle')),
      h('label', {}, showControls, t('embed.showControls')),
      h('label', { class: 'embed-lang' }, t('embed.language'), ' ', language),
    ),
    theme.element,
    format.element,
    previewBox,
    o.still ? downloadButtons(store, o.still, 'embed-download') : null,
    h('div', { class: 'dialog-actions' }, copy, close),
    status,
  );

  const render = () => {
    const lang = language.value as Lang;
    const options = {
      pageUrl: o.pageUrl,
      date,
      deal: selectedId,
      title: titles.get(lang) ?? o.title,
      showTitle: showTitle.checked,
      showControls: showControls.checked,
      theme: theme.value(),
      lang,
      calendar: getLocale().calendar,
    };
    code.value = format.value() === 'amp' ? ampSnippet(options) : embedSnippet(options);
    // The preview loads only once opened: it is the whole map, in the chosen language.
    const src = embedSrc(options);
    if (previewBox.open && preview.getAttribute('src') !== src) preview.setAttribute('src', src);
    status.textContent = '';
    if (!titles.has(lang) && o.titleIn) {
      titles.set(lang, o.title);
      void o.titleIn(lang).then(
        (title) => {
          titles.set(lang, title);
          if (language.value === lang) render();
        },
        () => undefined,
      );
    }
  };
  language.addEventListener('change', render);
  previewBox.addEventListener('toggle', render);
  showTitle.addEventListener('change', render);
  showControls.addEventListener('change', render);
  format.element.addEventListener('change', render);
  theme.element.addEventListener('change', render);
  code.addEventListener('focus', () => code.select());
  copy.addEventListener('click', async () => {
    status.textContent = '';
    const copied = await copyText(code);
    // A fresh text node each time, so that a second copy is announced again.
    status.textContent = copied ? t('embed.copied') : t('embed.copyByHand');
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
