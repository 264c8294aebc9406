// The story's languages: which `lang=` values the page takes, and the locale that Intl
// formats each one's dates and numbers with. Pure: no DOM, no state.

export const LANGS = ['en', 'ja', 'zh-Hans', 'ms', 'th'] as const;
export type Lang = (typeof LANGS)[number];

/** Other spellings a host may write, folded to the language they mean (case does not matter). */
const ALIASES: Readonly<Record<string, Lang>> = {
  en: 'en',
  'en-gb': 'en',
  'en-us': 'en',
  ja: 'ja',
  'ja-jp': 'ja',
  zh: 'zh-Hans',
  'zh-hans': 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-my': 'zh-Hans',
  'zh-hans-cn': 'zh-Hans',
  'zh-hans-sg': 'zh-Hans',
  'zh-hans-my': 'zh-Hans',
  ms: 'ms',
  'ms-my': 'ms',
  th: 'th',
  'th-th': 'th',
};

/** The language a `lang=` value names, or null (not one of the story's languages). */
export function langOf(value: string): Lang | null {
  return ALIASES[value.trim().toLowerCase()] ?? null;
}

/** The calendar a `calendar=` value names: only `gregory` changes anything (Thai's Buddhist era by default). */
export type Calendar = 'gregory' | null;

/**
 * The BCP 47 locale Intl formats with: en-GB's "28 October 2025" for English (the story's
 * own style), Thai in the Buddhist era unless `calendar=gregory` asks for the Common Era.
 */
export function intlLocale(lang: Lang, calendar: Calendar = null): string {
  const base = { en: 'en-GB', ja: 'ja-JP', 'zh-Hans': 'zh-Hans-CN', ms: 'ms-MY', th: 'th-TH' }[lang];
  return calendar === 'gregory' && lang === 'th' ? `${base}-u-ca-gregory` : base;
}
