// The check of a translation file (data/i18n/<lang>.json) against the English it translates:
// the page's messages (src/i18n/en.ts) and the story's strings (src/i18n/storyStrings.ts).
// Each entry is { "en": "<the English it was made from>", "text": "<the translation>" }, so the
// check can tell when the English moved on. The build fails on a problem, each named by file and
// key (src/build/translationsPlugin.ts); the page uses the same reading and keeps English for
// any entry that does not match (src/i18n/loadTranslation.ts).
import { figureDifferences } from './figures.ts';
import { langOf, type Lang } from './languages.ts';

export interface Translation {
  readonly lang: Lang;
  /** Page messages by key (src/i18n/en.ts). */
  readonly ui: Readonly<Record<string, string>>;
  /** Story strings by key (src/i18n/storyStrings.ts). */
  readonly story: Readonly<Record<string, string>>;
}

export interface TranslationCheck {
  readonly translation: Translation | null;
  /** Each problem as "data/i18n/ja.json: story › event.us-japan.title: …". */
  readonly problems: string[];
}

export interface EnglishSide {
  readonly ui: Readonly<Record<string, string>>;
  readonly story: ReadonlyMap<string, string>;
}

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z][\w-]*)\}/g)].map((m) => m[1]!).sort();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks `json` (the parsed file `file`) against the English. Problems: a missing, extra or
 * empty key; an entry whose `en` is not today's English (stale: the English changed since it
 * was translated); in the story, a figure or date that differs from the English's
 * (src/i18n/figures.ts); in the messages, placeholders other than the English's.
 */
export function checkTranslation(file: string, json: unknown, english: EnglishSide): TranslationCheck {
  const problems: string[] = [];
  const at = (section: string, key: string, what: string) => problems.push(`${file}: ${section} › ${key}: ${what}`);
  if (!isRecord(json)) return { translation: null, problems: [`${file}: must be a JSON object with "lang", "ui" and "story"`] };
  for (const key of Object.keys(json))
    if (!['lang', 'about', 'ui', 'story'].includes(key)) problems.push(`${file}: "${key}" is not a known field (lang, about, ui, story)`);
  const lang = typeof json.lang === 'string' ? langOf(json.lang) : null;
  if (lang === null || lang === 'en') problems.push(`${file}: "lang" must be one of ja, zh-Hans, ms, th, got ${JSON.stringify(json.lang)}`);
  const read = (section: 'ui' | 'story', expected: ReadonlyMap<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    const entries = json[section];
    if (!isRecord(entries)) {
      problems.push(`${file}: "${section}" must be an object of { "en": …, "text": … } entries`);
      return out;
    }
    for (const [key, english] of expected) {
      const entry = entries[key];
      if (entry === undefined) {
        at(section, key, `missing (English: ${JSON.stringify(english)})`);
        continue;
      }
      if (!isRecord(entry) || typeof entry.en !== 'string' || typeof entry.text !== 'string' || Object.keys(entry).some((k) => k !== 'en' && k !== 'text')) {
        at(section, key, 'must be { "en": "<the English>", "text": "<the translation>" }');
        continue;
      }
      // Only punctuation or a space in English (a full stop, a separator) may be empty, in a
      // language that writes none there (Japanese joins sentences without spaces, Thai ends them without a stop).
      if (entry.text.trim() === '' && /\p{L}/u.test(english)) {
        at(section, key, 'is empty');
        continue;
      }
      if (entry.en !== english) {
        at(section, key, `stale: translated from ${JSON.stringify(entry.en)}, the English is now ${JSON.stringify(english)}`);
        continue;
      }
      const wrong =
        section === 'story'
          ? figureDifferences(english, entry.text)
          : placeholders(english).join() === placeholders(entry.text).join()
            ? []
            : [`has placeholders {${placeholders(entry.text).join('}, {')}}, the English {${placeholders(english).join('}, {')}}`];
      if (wrong.length > 0) {
        at(section, key, `figures differ from the English: ${wrong.join('; ')}`);
        continue;
      }
      out[key] = entry.text;
    }
    for (const key of Object.keys(entries)) if (!expected.has(key)) at(section, key, 'is not a key of the English (removed or misspelt?)');
    return out;
  };
  const ui = read('ui', new Map(Object.entries(english.ui)));
  const story = read('story', english.story);
  return { translation: lang && lang !== 'en' ? { lang, ui, story } : null, problems };
}
