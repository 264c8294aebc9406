// The page's language once chosen: its messages and its Intl formats. One per page (the
// language comes from the URL before anything is drawn; a host that asks for another one
// reloads the frame in it), so it is module state set once by main.ts, read by every view.
// Until then, and at build (the first view in index.html), it is English.
import { EN, type MessageKey, type Messages } from './en.ts';
import { intlLocale, type Calendar, type Lang } from './languages.ts';
import { formatLongDate, parseIsoDate } from '../time/dates.ts';

export interface Locale {
  readonly lang: Lang;
  readonly calendar: Calendar;
  readonly messages: Messages;
}

const ENGLISH: Locale = { lang: 'en', calendar: null, messages: EN };
let current: Locale = ENGLISH;
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export function setLocale(locale: Locale): void {
  current = locale;
  formats.clear();
}

export function getLocale(): Locale {
  return current;
}

/** A message with its `{placeholders}` filled; a placeholder without a value stays as written. */
export function t(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const template = current.messages[key] ?? EN[key];
  return fill(template, (name) => (Object.hasOwn(params, name) ? String(params[name]) : null));
}

/** Replaces each `{name}` that `value` knows. */
export function fill(template: string, value: (name: string) => string | null): string {
  return template.replace(/\{([A-Za-z][\w-]*)\}/g, (whole, name: string) => value(name) ?? whole);
}

const DAY_MS = 86_400_000;
export type DateStyle = 'long' | 'short' | 'weekday' | 'month' | 'monthYearShort' | 'monthYear' | 'dayMonth' | 'year';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'short' },
  monthYearShort: { month: 'short', year: 'numeric' },
  monthYear: { month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

function dateFormat(style: DateStyle): Intl.DateTimeFormat {
  const key = `d:${style}`;
  let f = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(current.lang, current.calendar), { ...DATE_OPTIONS[style], timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

/**
 * A calendar date (`YYYY-MM-DD`) as the page's language writes it: "28 October 2025",
 * "2025年10月28日", "28 Oktober 2025", "28 ตุลาคม 2568" (the Buddhist era, or 2025 with
 * `calendar=gregory`). English keeps the story's own style ("Tuesday 28 October 2025").
 */
export function formatDate(date: string, style: DateStyle = 'long'): string {
  const day = parseIsoDate(date);
  if (day === null) return date;
  // English as the story always wrote it (src/time/dates.ts): "Sep", not ICU's newer "Sept".
  if (current.lang === 'en' && (style === 'long' || style === 'short' || style === 'weekday')) return formatLongDate(date, style);
  if (current.lang === 'en' && (style === 'month' || style === 'monthYearShort')) {
    const [, month, year] = formatLongDate(date, 'short').split(' ');
    return style === 'month' ? month! : `${month} ${year}`;
  }
  const text = dateFormat(style).format(new Date(day * DAY_MS));
  return current.lang === 'en' ? text.replace(',', '') : text;
}

function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formats.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(current.lang), options);
    formats.set(key, f);
  }
  return f;
}

export function formatNumber(value: number): string {
  return numberFormat('n', { maximumFractionDigits: 2 }).format(value);
}

export function formatPercent(share: number, digits = 1): string {
  return numberFormat(`p${digits}`, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}

/**
 * US dollars as each language's press writes them: "US$8.5 bn", "85億ドル", "85亿美元",
 * "US$8.5 bilion", "8,500 ล้านดอลลาร์สหรัฐ". Japanese and Chinese count in 億/亿 and 万 (Intl's
 * compact notation), Malay in bilion/juta, Thai in ล้าน (millions).
 */
export function formatUsd(value: number): string {
  const n = (x: number) => numberFormat('u', { maximumFractionDigits: 2 }).format(x);
  switch (current.lang) {
    case 'ja':
      return `${numberFormat('cj', { notation: 'compact', maximumFractionDigits: 2 }).format(value)}ドル`;
    case 'zh-Hans':
      return `${numberFormat('cz', { notation: 'compact', maximumFractionDigits: 2 }).format(value)}美元`;
    case 'ms':
      return value >= 1e9 ? `US$${n(value / 1e9)} bilion` : value >= 1e6 ? `US$${n(value / 1e6)} juta` : `US$${n(value)}`;
    case 'th':
      return value >= 1e6 ? `${n(value / 1e6)} ล้านดอลลาร์สหรัฐ` : `${n(value)} ดอลลาร์สหรัฐ`;
    default:
      return value >= 1e9 ? `US$${n(value / 1e9)} bn` : value >= 1e6 ? `US$${n(value / 1e6)} m` : `US$${n(value)}`;
  }
}

/** "a, b and c" in the page's language (Intl.ListFormat). */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(current.lang), { type: 'conjunction' }).format(items);
}
