// The figures in a text, so that a translation can be checked to carry the same ones: the
// dates, dollar sums and numbers of an English story string, and the placeholders and digits
// of its translation. Pure.
//
// A translation writes dates and dollar sums as placeholders that the page fills through Intl
// in its language, so no translator retypes them:
//   {date:2025-10-28}  a calendar date      2025年10月28日 · 28 Oktober 2025 · 28 ตุลาคม 2568
//   {month:2025-11}    a month of a year    2025年11月 · November 2025
//   {day:10-09}        a day and month       10月9日 · 9 Oktober
//   {year:2025}        a year                2025年 · 2568 (Thai, Buddhist era)
//   {usd:8500000000}   US dollars            85億ドル · 85亿美元 · US$8.5 bilion
//   {num:270000}       a number             270,000
// Other numbers (No. 61, 0.1%, 47th) may stay as digits.

export interface Figure {
  readonly kind: 'date' | 'month' | 'day' | 'usd' | 'num';
  /** ISO text for dates (2025-10-28, 2025-11, 10-09), the number for the rest (a year is a num). */
  readonly value: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const pad = (n: number | string) => String(n).padStart(2, '0');
const month = (name: string) => pad(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1);
const num = (text: string) => String(Number(text.replace(/,/g, '')));

/** Number words an English text may use where a translation writes digits ("seven" → 7). */
const WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
};

export interface EnglishFigures {
  /** Figures written in digits: each must be in the translation. */
  readonly required: Figure[];
  /** Numbers written as words: a translation may write them as digits, or not. */
  readonly optional: Figure[];
}

/** The figures of an English story string (dates as the story writes them: "28 October 2025", "Oct 2025", "9 October"). */
export function englishFigures(text: string): EnglishFigures {
  const required: Figure[] = [];
  let rest = text;
  const take = (re: RegExp, make: (m: RegExpExecArray) => Figure[]) => {
    rest = rest.replace(re, (...args) => {
      required.push(...make(args.slice(0, -2) as unknown as RegExpExecArray));
      return ' ';
    });
  };
  take(/US\$\s?(\d+(?:\.\d+)?)\s?(bn|billion|m|million)\b/g, (m) => [{ kind: 'usd', value: String(Number(m[1]) * (m[2]!.startsWith('b') ? 1e9 : 1e6)) }]);
  take(new RegExp(`\\b(\\d{1,2}) and (\\d{1,2}) ${MONTH} (\\d{4})\\b`, 'g'), (m) => [
    { kind: 'date', value: `${m[4]}-${month(m[3]!)}-${pad(m[1]!)}` },
    { kind: 'date', value: `${m[4]}-${month(m[3]!)}-${pad(m[2]!)}` },
  ]);
  take(new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'), (m) => [{ kind: 'date', value: `${m[3]}-${month(m[2]!)}-${pad(m[1]!)}` }]);
  take(new RegExp(`\\b${MONTH} (\\d{4})\\b`, 'g'), (m) => [{ kind: 'month', value: `${m[2]}-${month(m[1]!)}` }]);
  take(new RegExp(`\\b(\\d{1,2}) ${MONTH}\\b`, 'g'), (m) => [{ kind: 'day', value: `${month(m[2]!)}-${pad(m[1]!)}` }]);
  take(/\d+(?:,\d{3})*(?:\.\d+)?/g, (m) => [{ kind: 'num', value: num(m[0]) }]);
  const optional: Figure[] = [];
  // A month named alone ("the October expansion") is a number where a language writes months so (10月).
  for (const m of rest.matchAll(new RegExp(`\\b${MONTH}\\b`, 'g'))) optional.push({ kind: 'num', value: String(Number(month(m[1]!))) });
  // "for a year" is one year to a translation that writes 1年間.
  for (const _ of rest.matchAll(/\ba (?:year|month|day|week)\b/gi)) optional.push({ kind: 'num', value: '1' });
  for (const word of rest.toLowerCase().match(/\b[a-z]+\b/g) ?? []) {
    if (Object.hasOwn(WORDS, word)) optional.push({ kind: 'num', value: String(WORDS[word]) });
  }
  return { required, optional };
}

const PLACEHOLDER = /\{(date|month|day|year|usd|num):([^}]*)\}/g;

/** Why a placeholder's value is not one its kind can hold, or null. */
function badValue(kind: string, value: string): string | null {
  const ok =
    kind === 'date'
      ? /^\d{4}-\d{2}-\d{2}$/.test(value)
      : kind === 'month'
        ? /^\d{4}-\d{2}$/.test(value)
        : kind === 'day'
          ? /^\d{2}-\d{2}$/.test(value)
          : kind === 'year'
            ? /^\d{4}$/.test(value)
            : value.trim() !== '' && Number.isFinite(Number(value));
  return ok ? null : `{${kind}:${value}} is not a ${kind} (see src/i18n/figures.ts)`;
}

/** The figures of a translation: its placeholders, then any digits left in its words. */
export function translatedFigures(text: string): { figures: Figure[]; errors: string[] } {
  const figures: Figure[] = [];
  const errors: string[] = [];
  const rest = text.replace(PLACEHOLDER, (_, kind: string, value: string) => {
    const bad = badValue(kind, value);
    if (bad) errors.push(bad);
    else if (kind === 'year' || kind === 'num') figures.push({ kind: 'num', value: String(Number(value)) });
    else if (kind === 'usd') figures.push({ kind: 'usd', value: String(Number(value)) });
    else figures.push({ kind: kind as Figure['kind'], value });
    return ' ';
  });
  const stray = /\{[a-z]+:[^}]*\}/.exec(rest);
  if (stray) errors.push(`${stray[0]} is not a placeholder (date, month, day, year, usd or num)`);
  for (const m of rest.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []) figures.push({ kind: 'num', value: num(m) });
  return { figures, errors };
}

const label = (f: Figure) => (f.kind === 'num' ? f.value : `${f.kind} ${f.value}`);

/**
 * What differs between the figures of an English text and of its translation, in words, or
 * an empty list: every figure of the English must be in the translation, as often, and the
 * translation may add none (numbers the English writes as words aside).
 */
export function figureDifferences(english: string, translation: string): string[] {
  const en = englishFigures(english);
  const tr = translatedFigures(translation);
  const problems = [...tr.errors];
  const left = [...tr.figures];
  const missing: Figure[] = [];
  for (const f of en.required) {
    const i = left.findIndex((g) => g.kind === f.kind && g.value === f.value);
    if (i >= 0) left.splice(i, 1);
    else missing.push(f);
  }
  const optional = [...en.optional];
  const extra = left.filter((g) => {
    const i = optional.findIndex((f) => f.kind === g.kind && f.value === g.value);
    if (i < 0) return true;
    optional.splice(i, 1);
    return false;
  });
  if (missing.length > 0) problems.push(`lacks ${missing.map(label).join(', ')} of the English`);
  if (extra.length > 0) problems.push(`has ${extra.map(label).join(', ')}, which the English does not`);
  return problems;
}
