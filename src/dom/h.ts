import { getLocale, t } from '../i18n/locale.ts';
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Text is always inserted as text
 * (never parsed as HTML), so story data cannot inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | null | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/**
 * A link to a source: https only, new tab, no referrer or opener handed to the other site.
 * Its text is a source's title or publisher as published, which the story's data writes in
 * English: on a page in another language it is marked `lang="en"`, so a screen reader reads it
 * as English (the "opens in a new tab" that follows is in the page's language).
 */
export function externalLink(url: string, text: string): HTMLAnchorElement | HTMLSpanElement {
  let safe: URL | null = null;
  try {
    safe = new URL(url);
  } catch {
    safe = null;
  }
  const otherLanguage = getLocale().lang !== 'en';
  const words = otherLanguage ? h('span', { lang: 'en' }, text) : text;
  if (!safe || safe.protocol !== 'https:') return h('span', {}, words);
  return h('a', { href: safe.href, target: '_blank', rel: 'noopener noreferrer' }, words, h('span', { class: 'visually-hidden' }, t('page.newTab')));
}
