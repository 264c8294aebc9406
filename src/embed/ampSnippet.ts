import { EMBED_FALLBACK_DARK_IMAGE, EMBED_FALLBACK_IMAGE } from '../still/stillImages';
import { embedSrc, type EmbedSnippetOptions } from './embedSnippet';
import { FALLBACK_HEIGHT } from './firstView';
import { t } from '../i18n/locale';

/** amp-iframe's own script, which the AMP page's <head> must load once. */
export const AMP_IFRAME_SCRIPT = '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>';

/**
 * The embed code for an AMP page, which runs no author script (so no embed.js): an
 * amp-iframe the full width of the column at the first view's height (layout="fixed-height":
 * the map's height barely depends on its width, so a responsive box would be far too short
 * on a phone). `resizable` lets the map's own height messages (`{sentinel: "amp", type:
 * "embed-size", height}`, src/embed/heightMessages.ts) resize it; AMP does so at once while
 * the frame is off screen, and otherwise shows the `overflow` element for the reader to tap.
 * The sandbox is what AMP needs: `allow-same-origin` so that the messages come from the map's
 * origin, which AMP checks (the map is on another origin than the AMP page, as AMP requires).
 * The placeholder is the build's still of the first view, shown until the map has loaded; it
 * also lets the frame sit near the top of the article, where AMP refuses iframes without one.
 * AMP loads only https frames.
 */
export function ampSnippet(o: EmbedSnippetOptions): string {
  const image = new URL((o.theme === 'dark' ? EMBED_FALLBACK_DARK_IMAGE : EMBED_FALLBACK_IMAGE).fileName, o.pageUrl).href;
  return [
    `<amp-iframe src="${attr(embedSrc(o))}" title="${attr(o.title)}" layout="fixed-height" height="${FALLBACK_HEIGHT}" sandbox="allow-scripts allow-same-origin" resizable frameborder="0">`,
    `  <div overflow tabindex="0" role="button" aria-label="${attr(t('embed.ampOverflow'))}">${attr(t('embed.ampOverflow'))}</div>`,
    `  <amp-img placeholder layout="fill" object-fit="contain" src="${attr(image)}" alt="${attr(o.title)}"></amp-img>`,
    '</amp-iframe>',
  ].join('\n');
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
