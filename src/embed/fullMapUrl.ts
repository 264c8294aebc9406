/** Parameters that only make sense inside a frame: embed options and pym.js's handshake. */
const FRAME_ONLY = ['embed', 'title', 'controls', 'fit', 'childId', 'initialWidth', 'parentTitle', 'parentUrl'];

/** The full page for an embed's address: same view (date, deal), no embed options. */
export function fullMapUrl(href: string): string {
  const url = new URL(href);
  for (const name of FRAME_ONLY) url.searchParams.delete(name);
  url.hash = '';
  return url.href;
}
