import type { Theme } from '../theme/theme';

/** Parameters that only make sense inside a frame: embed options and pym.js's handshake. */
const FRAME_ONLY = ['embed', 'title', 'controls', 'fit', 'transparent', 'childId', 'initialWidth', 'parentTitle', 'parentUrl'];

/**
 * The full page for an embed's address: same view (date, deal), no embed options. With
 * `theme`, the theme the frame shows (`theme=dark`; light is the page's default): the reader
 * who follows the link from a dark article gets the dark map, whatever chose it (the URL, the
 * host's `set`, or `auto` following the host's color-scheme).
 */
export function fullMapUrl(href: string, theme?: Theme): string {
  const url = new URL(href);
  for (const name of FRAME_ONLY) url.searchParams.delete(name);
  if (theme !== undefined) {
    url.searchParams.delete('dark');
    if (theme === 'dark') url.searchParams.set('theme', 'dark');
    else url.searchParams.delete('theme');
  }
  url.hash = '';
  return url.href;
}
