import { h } from '../../dom/h';
import { AMP_IFRAME_SCRIPT } from '../../embed/ampSnippet';
import { t } from '../../i18n/locale';

export type CodeFormat = 'html' | 'amp';

export interface CodeFormatChoice {
  readonly element: HTMLFieldSetElement;
  readonly value: () => CodeFormat;
}

/**
 * The embed dialog's choice of code: for an ordinary web page (the iframe and embed.js), or
 * for an AMP page (amp-iframe, src/embed/ampSnippet.ts). A change fires `change` on the fieldset.
 */
export function codeFormatChoice(): CodeFormatChoice {
  const radio = (value: CodeFormat, checked: boolean) => h('input', { type: 'radio', name: 'embed-format', id: `embed-format-${value}`, value, checked });
  const html = radio('html', true);
  const amp = radio('amp', false);
  const element = h(
    'fieldset',
    { class: 'embed-format' },
    h('legend', {}, t('embed.codeFor')),
    h('label', {}, html, t('embed.webPage')),
    h('label', {}, amp, t('embed.ampPage')),
    h('p', { class: 'embed-format-note' }, t('embed.ampNoteStart'), h('code', {}, AMP_IFRAME_SCRIPT), t('embed.ampNoteEnd')),
  );
  return { element, value: () => (amp.checked ? 'amp' : 'html') };
}
