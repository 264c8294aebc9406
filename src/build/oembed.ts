// The oEmbed response (https://oembed.com, type "rich") that CMSs fetch when a journalist
// pastes the map's address: WordPress, Ghost and Drupal discover it through the
// <link rel="alternate" type="application/json+oembed"> in index.html. Written only when the
// build knows the site's public address (SITE_URL): every URL in it must be absolute.
//
// The HTML is one iframe that works as WordPress rewrites a discovered embed from an
// unknown provider (wp_filter_oembed_result): scripts and styles stripped, only src, width,
// height, frameborder, marginwidth, marginheight, scrolling and title kept, and
// sandbox="allow-scripts" added, which gives the frame an opaque origin. So: no loader
// script and no style; `fit=1`, so the map fills the height the frame is given instead of
// reporting one that nothing would apply; the height is the first view's in a 640 px column.
// Numeric width and height: the block editor reads their ratio, and "100%" would make it
// crop the frame to a video's 21:9 box.
import type { Story } from '../data/types.ts';
import { FALLBACK_HEIGHT, FALLBACK_WIDTH } from '../embed/firstView.ts';
import { EMBED_FALLBACK_IMAGE } from '../still/stillImages.ts';

export const OEMBED_FILE = 'oembed.json';

export interface OEmbedRich {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly thumbnail_url: string;
  readonly thumbnail_width: number;
  readonly thumbnail_height: number;
}

/** The map's oEmbed response for the site at `siteUrl` (a folder URL, see siteUrlFrom). */
export function oembedResponse(story: Story, siteUrl: string): OEmbedRich {
  const page = new URL(siteUrl);
  const src = new URL(page.href);
  src.search = new URLSearchParams({ embed: '1', fit: '1' }).toString();
  const title = `Map: ${story.headline}`;
  return {
    version: '1.0',
    type: 'rich',
    title: story.headline,
    // The host that publishes the map: the story has no publisher's name of its own.
    provider_name: page.hostname,
    provider_url: `${page.origin}/`,
    html: `<iframe src="${attr(src.href)}" width="${FALLBACK_WIDTH}" height="${FALLBACK_HEIGHT}" title="${attr(title)}" frameborder="0"></iframe>`,
    width: FALLBACK_WIDTH,
    height: FALLBACK_HEIGHT,
    thumbnail_url: new URL(EMBED_FALLBACK_IMAGE.fileName, page).href,
    thumbnail_width: EMBED_FALLBACK_IMAGE.width,
    thumbnail_height: EMBED_FALLBACK_IMAGE.height,
  };
}

/** The discovery link for index.html's head. */
export function oembedLink(story: Story, siteUrl: string): Record<string, string> {
  return { rel: 'alternate', type: 'application/json+oembed', href: new URL(OEMBED_FILE, siteUrl).href, title: story.headline };
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
