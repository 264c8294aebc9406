// The page's translation, fetched from our own origin beside the story (data/i18n/<lang>.json,
// content-hashed in a build) and read with the build's own check against the English the page
// has: an entry the English has moved away from, or any other problem, stays English (with a
// warning), never a stale figure. A file that cannot be fetched leaves the whole page English.
import type { CountryLabel, StoryData } from '../data/types.ts';
import { EN } from './en.ts';
import type { Lang } from './languages.ts';
import { storyFields } from './storyStrings.ts';
import { checkTranslation, type Translation } from './validateTranslation.ts';

export function englishSide(data: StoryData, labels: CountryLabel[]) {
  return { ui: EN, story: new Map(storyFields(structuredClone(data), structuredClone(labels)).map((f) => [f.key, f.english])) };
}

/**
 * Fetches the file; null for English. Rejects when it cannot be fetched or parsed, or when
 * the build has none for this story (`urls` without the language; null: dev, the plain names).
 */
export async function fetchTranslation(base: string | URL, lang: Lang, urls: Readonly<Partial<Record<Lang, string>>> | null): Promise<unknown> {
  if (lang === 'en') return null;
  if (urls && !urls[lang]) throw new Error(`this story has no data/i18n/${lang}.json`);
  const path = urls?.[lang] ?? `data/i18n/${lang}.json`;
  const response = await fetch(new URL(path, new URL(base, globalThis.location?.href)), { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`Could not load ${path}: the server answered ${response.status}.`);
  return (await response.json()) as unknown;
}

/** The usable part of a fetched translation, checked against this page's English; problems are warned. */
export function readTranslation(file: string, json: unknown, data: StoryData, labels: CountryLabel[], warn: (message: string) => void): Translation | null {
  if (json === null) return null;
  const { translation, problems } = checkTranslation(file, json, englishSide(data, labels));
  for (const p of problems.slice(0, 20)) warn(`${p} (shown in English)`);
  if (problems.length > 20) warn(`${file}: ${problems.length - 20} more problems`);
  return translation;
}
