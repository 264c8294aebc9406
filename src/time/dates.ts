// Calendar dates as `YYYY-MM-DD` strings, handled in UTC so that a date never shifts with
// the reader's time zone. A day number is days since 1970-01-01.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The day number of a real calendar date, or null (2025-02-30, 2025-13-01, "x" are null). */
export function parseIsoDate(value: string): number | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(t / DAY_MS);
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Day number → `YYYY-MM-DD`. */
export function formatIsoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Adds whole days to an ISO date. */
export function addDays(date: string, days: number): string {
  const day = parseIsoDate(date);
  if (day === null) throw new RangeError(`addDays: not a calendar date: ${JSON.stringify(date)}`);
  return formatIsoDay(day + days);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "28 October 2025" (`short`: "28 Oct 2025"; `weekday`: "Tuesday 28 October 2025"). */
export function formatLongDate(date: string, style: 'long' | 'short' | 'weekday' = 'long'): string {
  const day = parseIsoDate(date);
  if (day === null) return date;
  const d = new Date(day * DAY_MS);
  const month = MONTHS[d.getUTCMonth()]!;
  const text = `${d.getUTCDate()} ${style === 'short' ? month.slice(0, 3) : month} ${d.getUTCFullYear()}`;
  return style === 'weekday' ? `${WEEKDAYS[d.getUTCDay()]} ${text}` : text;
}
