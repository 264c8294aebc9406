import { EMBED_FALLBACK_DARK_IMAGE, EMBED_FALLBACK_IMAGE } from '../still/stillImages';
import { fullMapUrl } from './fullMapUrl';
import { EMBED_LOADER, type LoaderAsset } from './loaderAsset';
import { FALLBACK_HEIGHT } from './firstView';
import type { ThemeChoice } from '../theme/theme';
import { t } from '../i18n/locale';

export interface EmbedSnippetOptions {
  /** The full page's address (its query and hash are replaced). */
  readonly pageUrl: string;
  readonly date: string;
  readonly deal: string | null;
  /** Show the headline and dek in the embed. */
  readonly showTitle: boolean;
  /** Show the timeline (false: a static view at `date`). */
  readonly showControls: boolean;
  /** The map's language (`lang=`; English when absent) and Thai's calendar (`calendar=gregory`). */
  readonly lang?: string;
  readonly calendar?: string | null;
  /** The iframe's accessible name. */
  readonly title: string;
  /**
   * `dark`, or `auto` (follow the host: the frame's prefers-color-scheme is the <iframe>
   * element's color-scheme, README "Themes"); light, the default, adds nothing.
   */
  readonly theme?: ThemeChoice;
  /** The loader script; the build's pinned copy (name and integrity) by default. */
  readonly loader?: LoaderAsset;
}

export { FALLBACK_HEIGHT } from './firstView';

/** The iframe's address for these options: `?embed=1&date=…[&deal=…][&title=0][&controls=0][&theme=dark|auto][&lang=…][&calendar=gregory]`. */
export function embedSrc(o: Omit<EmbedSnippetOptions, 'title'>): string {
  const url = new URL(o.pageUrl);
  const params = new URLSearchParams({ embed: '1', date: o.date });
  if (o.deal !== null) params.set('deal', o.deal);
  if (!o.showTitle) params.set('title', '0');
  if (!o.showControls) params.set('controls', '0');
  if (o.theme !== undefined && o.theme !== 'light') params.set('theme', o.theme);
  if (o.lang && o.lang !== 'en') params.set('lang', o.lang);
  if (o.calendar) params.set('calendar', o.calendar);
  url.search = params.toString();
  url.hash = '';
  return url.href;
}

/**
 * The code a journalist pastes into an article: a full-width iframe with an accessible
 * title, and our dependency-free loader that sizes it to its content. Not loading="lazy":
 * a lazy frame far below the fold loads only as the reader scrolls towards it, and would
 * then change height in front of them. An eager frame reports its height while it is still
 * off screen, and the browser draws nothing in it (no animation frames, so no map frames)
 * until the reader gets there.
 */
export function embedSnippet(o: EmbedSnippetOptions): string {
  return [
    `<iframe data-critical-minerals-map src="${attr(embedSrc(o))}" title="${attr(o.title)}" width="100%" height="${FALLBACK_HEIGHT}" style="border:0;width:100%"></iframe>`,
    loaderScript(o.pageUrl, o.loader ?? EMBED_LOADER),
    fallbackLink(o),
  ].join('\n');
}

/**
 * The loader's <script>. A built site names the pinned copy (assets/embed.<hash>.js) with
 * its integrity: the browser runs it only if its bytes are the ones the snippet was made
 * for, so a changed file on the map's server cannot run in the article. Integrity makes the
 * fetch a CORS request (`crossorigin="anonymous"`: no cookies, and the map's host must send
 * Access-Control-Allow-Origin, README "Hostile hosts"). Without a build, the plain embed.js.
 */
export function loaderScript(pageUrl: string, loader: LoaderAsset): string {
  const src = attr(new URL(loader.file, pageUrl).href);
  if (loader.integrity === null) return `<script src="${src}" async></script>`;
  return `<script src="${src}" integrity="${attr(loader.integrity)}" crossorigin="anonymous" async></script>`;
}

/**
 * For readers whose page runs no script (newsletters, RSS readers, Apple News, AMP without
 * amp-iframe, which also drop iframes): a link to the full map around the still image the
 * build makes (embed-fallback.png, the embed's first view), inside <noscript>, as Flourish's
 * snippet does. A browser that runs scripts never renders it, so where the map loads there
 * is no second picture and nothing to hide (hiding a visible image later would shift the
 * article); a reader that runs none parses it as plain markup and shows the image.
 */
export function fallbackLink(o: EmbedSnippetOptions): string {
  const page = fullMapUrl(embedSrc(o));
  const light = new URL(EMBED_FALLBACK_IMAGE.fileName, o.pageUrl).href;
  const dark = new URL(EMBED_FALLBACK_DARK_IMAGE.fileName, o.pageUrl).href;
  // theme=dark: the dark still; theme=auto: whichever the reader's client prefers (a <picture>, which clients without it read as its <img>).
  const img = `<img src="${attr(o.theme === 'dark' ? dark : light)}" alt="${attr(t('embed.fallbackAlt', { title: o.title }))}" width="${EMBED_FALLBACK_IMAGE.width}" height="${EMBED_FALLBACK_IMAGE.height}" style="max-width:100%;height:auto">`;
  const picture = o.theme === 'auto' ? `<picture><source media="(prefers-color-scheme: dark)" srcset="${attr(dark)}">${img}</picture>` : img;
  return `<noscript><a data-critical-minerals-map-fallback href="${attr(page)}">${picture}</a></noscript>`;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
