import type { Story } from '../data/types.ts';
import { formatLongDate } from '../time/dates.ts';
import type { BuildImage } from './buildImages.ts';

export interface ShareTag {
  readonly tag: 'meta' | 'link';
  readonly attrs: Readonly<Record<string, string>>;
}

/**
 * The link-preview tags for index.html, all text from data/story.json. og:image, og:url
 * and the canonical link need absolute URLs, so they are written only when the site's
 * public address (`siteUrl`, a folder URL) is known; the rest always.
 */
export function shareTags(story: Story, social: BuildImage, siteUrl: string | null): ShareTag[] {
  const meta = (key: 'property' | 'name', name: string, content: string): ShareTag => ({ tag: 'meta', attrs: { [key]: name, content } });
  const tags = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', story.headline),
    meta('property', 'og:description', story.dek),
    meta('name', 'twitter:card', 'summary_large_image'),
  ];
  if (siteUrl === null) return tags;
  const page = new URL(siteUrl).href;
  return [
    { tag: 'link', attrs: { rel: 'canonical', href: page } },
    ...tags,
    meta('property', 'og:url', page),
    meta('property', 'og:image', new URL(social.fileName, page).href),
    meta('property', 'og:image:width', String(social.width)),
    meta('property', 'og:image:height', String(social.height)),
    meta('property', 'og:image:alt', `Map: ${story.headline}, as of ${formatLongDate(social.date)}`),
  ];
}

/**
 * SITE_URL as a folder URL (a trailing slash added), or null when unset. Anything but an
 * absolute http(s) URL is an error: a preview tag with a wrong address fails silently.
 */
export function siteUrlFrom(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an absolute http(s) URL, got "${value}"`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
