// The embed's accessible name ("Map: <headline>") in a language other than the page's, for
// the snippet a journalist copies: from that language's translation, or English.
import { EN } from './en';
import { I18N_URLS } from './i18nUrls';
import type { Lang } from './languages';
import { fill } from './locale';
import { fetchTranslation } from './loadTranslation';

interface Entries {
  readonly ui?: Record<string, { en?: string; text?: string }>;
  readonly story?: Record<string, { en?: string; text?: string }>;
}

export async function titleIn(base: string | URL, lang: Lang, headline: string): Promise<string> {
  const english = fill(EN['page.iframeTitle'], (n) => (n === 'headline' ? headline : null));
  if (lang === 'en') return english;
  const json = ((await fetchTranslation(base, lang, I18N_URLS)) ?? {}) as Entries;
  const template = json.ui?.['page.iframeTitle'];
  const title = json.story?.['story.headline'];
  // An entry translated from other English than today's is not used (src/i18n/validateTranslation.ts).
  if (template?.en !== EN['page.iframeTitle'] || title?.en !== headline || !template.text || !title.text) return english;
  return fill(template.text, (n) => (n === 'headline' ? title.text! : null));
}
