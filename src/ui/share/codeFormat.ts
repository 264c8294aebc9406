import { h } from '../../dom/h';
import { AMP_IFRAME_SCRIPT } from '../../embed/ampSnippet';

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
    h('legend', {}, 'Code for'),
    h('label', {}, html, 'A web page'),
    h('label', {}, amp, 'An AMP page'),
    h(
      'p',
      { class: 'embed-format-note' },
      'For AMP, the page’s head needs ',
      h('code', {}, AMP_IFRAME_SCRIPT),
      ' once, and the map must be served over https.',
    ),
  );
  return { element, value: () => (amp.checked ? 'amp' : 'html') };
}
