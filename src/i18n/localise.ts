// The story in the page's language: a copy of the data with each translated string in
// place, its placeholders filled through Intl (src/i18n/figures.ts lists them), and Thai
// broken at word boundaries. Ids, dates, numbers and sources are untouched. A quote that
// now reads in another language than it was spoken keeps the original beside it.
import type { CountryLabel, StoryData } from '../data/types.ts';
import { formatDate, formatNumber, formatUsd, getLocale } from './locale.ts';
import { storyFields } from './storyStrings.ts';
import type { Translation } from './validateTranslation.ts';
import { breakWords } from './breakWords.ts';

/** A translation's placeholders written out in the page's language. */
export function fillFigures(text: string): string {
  return text.replace(/\{(date|month|day|year|usd|num):([^}]*)\}/g, (_, kind: string, value: string) => {
    switch (kind) {
      case 'date':
        return formatDate(value, 'long');
      case 'month':
        return formatDate(`${value}-01`, 'monthYear');
      case 'day':
        // Any year will do for a day and month; 2025 is the story's.
        return formatDate(`2025-${value}`, 'dayMonth');
      case 'year':
        return formatDate(`${value}-07-01`, 'year');
      case 'usd':
        return formatUsd(Number(value));
      default:
        return formatNumber(Number(value));
    }
  });
}

/** The language quotes were spoken in: the story's own, English. */
export const QUOTE_LANG = 'en';

export function localiseStory(data: StoryData, labels: CountryLabel[], translation: Translation | null): { data: StoryData; labels: CountryLabel[] } {
  if (translation === null) return { data, labels };
  const copy = structuredClone({ data, labels });
  const lang = getLocale().lang;
  for (const field of storyFields(copy.data, copy.labels)) {
    const text = translation.story[field.key];
    if (text !== undefined) field.set(breakWords(fillFigures(text), lang));
  }
  copy.data.events.forEach((e, i) => {
    const quote = e.quote;
    const original = data.events[i]?.quote;
    if (quote && original && quote.text !== original.text) Object.assign(quote, { original: original.text, originalLang: QUOTE_LANG });
  });
  return copy;
}
