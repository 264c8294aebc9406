import { parseIsoDate } from '../time/dates';
import { THEME_CHOICES, type ThemeChoice } from '../theme/theme';
import { langOf, type Lang } from '../i18n/languages';

export const SET_MESSAGE_TYPE = 'critical-minerals-map:set';

export interface HostMessageContext {
  /** Known event ids. */
  readonly ids: ReadonlySet<string>;
  /** The timeline's first and last dates. */
  readonly start: string;
  readonly end: string;
}

/** What a valid `set` message asks for; a missing field leaves that part of the view as it is. */
export interface HostCommand {
  readonly date?: string;
  /** An event id, or null to clear the selection. */
  readonly deal?: string | null;
  /** An event to go to: its date and its card, as the timeline's previous/next buttons do. */
  readonly event?: string;
  /** "jump": this change moves the camera without a flight (a host under reduced motion). */
  readonly motion?: 'jump';
  /** "light", "dark" or "auto" (follow the frame's prefers-color-scheme): the page restyles in place. */
  readonly theme?: ThemeChoice;
  /** The map's language (as `lang=`): the frame shows the same view in it. */
  readonly lang?: Lang;
}

const KEYS = new Set(['type', 'date', 'deal', 'event', 'motion', 'theme', 'lang']);

/**
 * Validates `{ type: "critical-minerals-map:set", date?: "YYYY-MM-DD", deal?: id | null }`
 * with the URL's rules: a real calendar date inside the story, a known event id. Or
 * `{ type, event: id }`, which goes to that event (its date and its card; not with date or
 * deal). Either may add `motion: "jump"`. `theme: "light" | "dark" | "auto"` and `lang: "ja"`
 * (as `lang=`) may come alone or with any of them. Anything else (other types, unknown keys, wrong
 * types, nothing to do) is null: ignored, never thrown.
 */
export function parseHostMessage(data: unknown, ctx: HostMessageContext): HostCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const record = data as Record<string, unknown>;
  if (record.type !== SET_MESSAGE_TYPE) return null;
  for (const key of Object.keys(record)) if (!KEYS.has(key)) return null;
  const hasDate = Object.hasOwn(record, 'date');
  const hasDeal = Object.hasOwn(record, 'deal');
  const hasEvent = Object.hasOwn(record, 'event');
  const hasTheme = Object.hasOwn(record, 'theme');
  const hasLang = Object.hasOwn(record, 'lang');
  if (!hasDate && !hasDeal && !hasEvent && !hasTheme && !hasLang) return null;
  if (hasEvent && (hasDate || hasDeal)) return null;
  const command: { date?: string; deal?: string | null; event?: string; motion?: 'jump'; theme?: ThemeChoice; lang?: Lang } = {};
  if (hasTheme) {
    if (!THEME_CHOICES.includes(record.theme as ThemeChoice)) return null;
    command.theme = record.theme as ThemeChoice;
  }
  if (hasLang) {
    const lang = typeof record.lang === 'string' ? langOf(record.lang) : null;
    if (lang === null) return null;
    command.lang = lang;
  }
  if (Object.hasOwn(record, 'motion')) {
    if (record.motion !== 'jump') return null;
    command.motion = 'jump';
  }
  if (hasEvent) {
    if (typeof record.event !== 'string' || !ctx.ids.has(record.event)) return null;
    command.event = record.event;
  }
  if (hasDate) {
    const date = record.date;
    if (typeof date !== 'string' || parseIsoDate(date) === null || date < ctx.start || date > ctx.end) return null;
    command.date = date;
  }
  if (hasDeal) {
    const deal = record.deal;
    if (deal !== null && (typeof deal !== 'string' || !ctx.ids.has(deal))) return null;
    command.deal = deal;
  }
  return command;
}
