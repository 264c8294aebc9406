import { parseIsoDate } from '../time/dates';
import type { ThemeChoice } from '../theme/theme';
import { LANGS, langOf, type Calendar, type Lang } from '../i18n/languages';

/** What the URL can say. Null means "not given or not valid: use the default". */
export interface UrlState {
  date: string | null;
  deal: string | null;
  embed: boolean;
  title: boolean;
  controls: boolean;
  /** `fit=1` (embeds): the frame's height is the host's; the map fills what the rest leaves. */
  fit: boolean;
  /**
   * `theme=light|dark|auto`, or Datawrapper's `dark=true|false|auto`: light without either,
   * whatever the reader's system says (a host opts in to `auto`). The head step
   * (src/build/headStep.ts) reads it with the same rules before the first paint.
   */
  theme: ThemeChoice;
  /** `transparent=1`: the page's background is the host's. */
  transparent: boolean;
}

export interface UrlContext {
  /** Known event ids. */
  ids: ReadonlySet<string>;
  /** The timeline's first and last dates. */
  start: string;
  end: string;
}

const MAX_LENGTH = 64;

/**
 * Reads `?date=YYYY-MM-DD&deal=<id>&embed=1&title=0&controls=0&fit=1&theme=dark&transparent=1`. Never throws: a bad value
 * becomes null (the default) and a warning saying what was ignored and why. A repeated
 * parameter uses its first value.
 */
export function parseUrl(search: string, ctx: UrlContext): { state: UrlState; warnings: string[] } {
  const warnings: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
    warnings.push('The address could not be read; showing the default view.');
  }
  const read = (name: string): string | null => {
    const all = params.getAll(name);
    if (all.length > 1) warnings.push(`"${name}" is given ${all.length} times; using the first.`);
    const value = all[0];
    if (value === undefined) return null;
    if (value.length > MAX_LENGTH) {
      warnings.push(`"${name}" is too long (${value.length} characters); ignored.`);
      return null;
    }
    return value;
  };

  let date = read('date');
  if (date !== null) {
    if (parseIsoDate(date) === null) {
      warnings.push(`date ${quote(date)} is not a calendar date (YYYY-MM-DD); using the default.`);
      date = null;
    } else if (date < ctx.start || date > ctx.end) {
      warnings.push(`date ${quote(date)} is outside the story (${ctx.start} to ${ctx.end}); using the default.`);
      date = null;
    }
  }
  let deal = read('deal');
  if (deal !== null && !ctx.ids.has(deal)) {
    warnings.push(`deal ${quote(deal)} is not one of the story's events; ignored.`);
    deal = null;
  }
  const theme = themeChoice(read('theme'), read('dark'), warnings);
  const transparent = read('transparent');
  if (transparent !== null && !isFlag(transparent)) warnings.push(`transparent ${quote(transparent)} is not 1, 0, true or false; ignored.`);
  return {
    state: {
      date,
      deal,
      embed: flag(read('embed'), false),
      title: flag(read('title'), true),
      controls: flag(read('controls'), true),
      fit: flag(read('fit'), false),
      theme,
      transparent: flag(transparent, false),
    },
    warnings,
  };
}

/**
 * The query string for a view, keeping every parameter it does not own (embed options,
 * pym.js's childId, a host's tracking-free extras) in place.
 */
export function encodeUrl(current: string, view: { date: string; deal: string | null }): string {
  const params = new URLSearchParams(current);
  params.set('date', view.date);
  if (view.deal === null) params.delete('deal');
  else params.set('deal', view.deal);
  return `?${params.toString()}`;
}

/**
 * Reads `?lang=` (en, ja, zh-Hans or zh, ms, th) and `?calendar=gregory` (Thai in the Common
 * Era rather than the Buddhist one). Read before the story loads, so the translation is
 * fetched beside it. Never throws: an unknown value is English (or the language's own
 * calendar) and a warning.
 */
export function parseLanguage(search: string): { lang: Lang; calendar: Calendar; warnings: string[] } {
  const warnings: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { lang: 'en', calendar: null, warnings };
  }
  const read = (name: string) => {
    const value = params.get(name);
    return value !== null && value.length > MAX_LENGTH ? value.slice(0, MAX_LENGTH) : value;
  };
  let lang: Lang = 'en';
  const asked = read('lang');
  if (asked !== null) {
    const known = langOf(asked);
    if (known) lang = known;
    else warnings.push(`lang ${quote(asked)} is not one of the story's languages (${LANGS.join(', ')}; zh for zh-Hans); showing English.`);
  }
  let calendar: Calendar = null;
  const cal = read('calendar');
  if (cal !== null) {
    if (cal === 'gregory') calendar = 'gregory';
    else warnings.push(`calendar ${quote(cal)} is not known (only "gregory", for the Common Era in Thai); using the language's own.`);
  }
  return { lang, calendar, warnings };
}

/** `theme` wins over `dark`; a bad value of either is named in a warning and skipped. */
function themeChoice(theme: string | null, dark: string | null, warnings: string[]): ThemeChoice {
  if (theme !== null) {
    if (theme === 'light' || theme === 'dark' || theme === 'auto') {
      if (dark !== null) warnings.push(`"dark" is ignored: "theme" is given too.`);
      return theme;
    }
    warnings.push(`theme ${quote(theme)} is not light, dark or auto; ${dark === null ? 'using light' : 'trying "dark"'}.`);
  }
  if (dark === null) return 'light';
  if (dark === 'true' || dark === '1') return 'dark';
  if (dark === 'false' || dark === '0') return 'light';
  if (dark === 'auto') return 'auto';
  warnings.push(`dark ${quote(dark)} is not true, false or auto; using light.`);
  return 'light';
}

function isFlag(value: string): boolean {
  return value === '1' || value === '0' || value === 'true' || value === 'false';
}

function flag(value: string | null, fallback: boolean): boolean {
  if (value === null) return fallback;
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return fallback;
}

/** A value quoted for a log line, cut short and stripped of control characters. */
function quote(value: string): string {
  return JSON.stringify(value.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 40));
}
