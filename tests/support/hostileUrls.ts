// Seeded generator of hostile query strings and hashes, shared by the parseUrl unit fuzz and
// the browser fuzz. Same seed, same cases, every run: a failure names its seed and index.
// Every script payload calls the canary `__pwned(n)`: if any of them ever runs, the browser
// test sees it.

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The names the app reads, and some it must ignore (or must not be confused by). */
export const PARAM_NAMES = ['date', 'deal', 'embed', 'title', 'controls'] as const;
const OTHER_NAMES = [
  'childId',
  'parentUrl',
  '__proto__',
  'constructor',
  'prototype',
  'DATE',
  'Deal',
  'date[]',
  'deal.id',
  '',
  ' date',
  'date ',
  'embed\u0000',
  '%64ate',
];

/** Payloads, each already in its raw (decoded) form; they are percent-encoded on the way in. */
export const SCRIPT_PAYLOADS = [
  '<script>__pwned(1)</script>',
  '<img src=x onerror=__pwned(2)>',
  'javascript:__pwned(3)',
  '"><svg onload=__pwned(4)>',
  "'-__pwned(5)-'",
  '${__pwned(6)}',
  "{{constructor.constructor('__pwned(7)')()}}",
  '</title></script><script>__pwned(8)</script>',
  'data:text/html,<script>__pwned(9)</script>',
  'us-australia"><img src=x onerror=__pwned(10)>',
  '<iframe src="javascript:__pwned(11)">',
  '<a href="javascript:__pwned(12)">x</a>',
  '<style>@import "javascript:__pwned(13)"</style>',
  '" onmouseover="__pwned(14)" x="',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwned(15)>',
  'vbscript:__pwned(16)',
  '\u0000<script>__pwned(17)</script>',
  '<svg><animate onbegin=__pwned(18) attributeName=x dur=1s>',
  '<details open ontoggle=__pwned(19)>',
  'JaVaScRiPt:__pwned(20)',
];

const DATES = [
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '2025-10-00',
  '2025-10-32',
  '0000-00-00',
  '2025-1-1',
  '+275760-09-13',
  '-271821-04-20',
  '2025-10-20T00:00:00Z',
  ' 2025-10-20',
  '2025-10-20 ',
  '2025/10/20',
  '20251020',
  '2025-10-20\u0000',
  '２０２５-１０-２０',
  '2025-10-20%',
  '1970-01-01',
  '9999-12-31',
  '2024-02-29',
  '2023-02-29',
  '2025-04-03',
  '2025-11-08',
  '2100-02-29',
];

const NUMBERS = [
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-0',
  '0x1F',
  '9'.repeat(400),
  String(Number.MAX_SAFE_INTEGER + 2),
  '1.7976931348623157e308',
  '0.1e-400',
  '00',
  '01',
  '1.0',
  'true ',
  'TRUE',
  'yes',
  '2',
];

const UNICODE = [
  'us-australia\u202e',
  '\u202eailartsua-su',
  'us\u200b-japan',
  'ｕｓ-ｊａｐａｎ',
  'us-japan\u0301',
  '🗺️🇦🇺',
  'us–japan',
  '\ufeffus-japan',
  'ＵＳ－ＡＵＳＴＲＡＬＩＡ',
  'İ',
  'ß'.repeat(40),
  '\u0085\u2028\u2029',
  'العربية',
  '中文',
];

const IDS = ['US-JAPAN', 'us-narnia', 'us-japan ', 'us-japan/', '../data/events.json'];

/** Percent-encoded bytes that are not (all) valid UTF-8, or are NULs and control characters. */
function randomBytes(rand: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++)
    out += `%${Math.floor(rand() * 256)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase()}`;
  return out;
}

const RAW_ODDITIES = [
  '%00',
  '%ED%A0%80',
  '%C0%AF',
  '%FF%FE',
  '%',
  '%%',
  '%2',
  '%G0',
  '%0A%0D',
  '%E2%80%AE',
  '%25%30%30',
  '&&&',
  '==',
  '=&=',
  '+',
  '%2B',
  '?',
  '#',
  '%23',
];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/**
 * Values that are valid for the story under test (its event ids, real dates inside its
 * range), mixed in so that some cases take the accepting path.
 */
export interface StoryValues {
  ids: readonly string[];
  dates: readonly string[];
}

/** One raw (already encoded) value. */
function value(rand: () => number, valid: StoryValues): string {
  const enc = (s: string) => encodeURIComponent(s);
  switch (Math.floor(rand() * 10)) {
    case 0:
      return randomBytes(rand, 1 + Math.floor(rand() * 24));
    case 1:
      return enc(pick(rand, NUMBERS));
    case 2:
      return enc(pick(rand, DATES));
    case 3:
      return enc(pick(rand, valid.dates));
    case 4:
      return enc(pick(rand, SCRIPT_PAYLOADS));
    case 5:
      return enc(pick(rand, UNICODE));
    case 6:
      return enc(pick(rand, rand() < 0.5 ? IDS : valid.ids));
    case 7: {
      // Very long: just past the codec's limit, or far past it, sometimes a valid value padded.
      const n = pick(rand, [65, 200, 4000, 20_000]);
      return enc((rand() < 0.5 ? pick(rand, valid.ids) : '') + pick(rand, ['a', '9', '<', '\u00e9', ' ']).repeat(n));
    }
    case 8:
      return pick(rand, RAW_ODDITIES);
    default:
      return enc(pick(rand, ['0', '1', 'true', 'false', '']));
  }
}

function name(rand: () => number): string {
  return rand() < 0.8 ? pick(rand, PARAM_NAMES) : encodeURIComponent(pick(rand, OTHER_NAMES));
}

export interface HostileCase {
  /** Starts with '?' (or is ''), exactly as put in the address. */
  search: string;
  /** Starts with '#' (or is ''). */
  hash: string;
}

/**
 * `count` cases from `seed`. The first few are fixed worst cases (every payload in every
 * parameter); the rest mix 1–8 parameters, repeats included, with random values.
 */
export function hostileCases(seed: number, count: number, valid: StoryValues): HostileCase[] {
  const rand = prng(seed);
  const cases: HostileCase[] = [];
  for (const p of SCRIPT_PAYLOADS) {
    const v = encodeURIComponent(p);
    cases.push({ search: `?${PARAM_NAMES.map((n) => `${n}=${v}`).join('&')}&${v}=${v}`, hash: `#${v}` });
  }
  cases.push({ search: `?date=2025-02-30&date=${valid.dates[0]!}&deal=${valid.ids[0]!}&deal=${encodeURIComponent(SCRIPT_PAYLOADS[1]!)}`, hash: '' });
  cases.push({ search: `?${'date=1&'.repeat(500)}`, hash: '' });
  cases.push({ search: `?date=${'9'.repeat(100_000)}`, hash: `#${'x'.repeat(10_000)}` });
  while (cases.length < count) {
    const n = 1 + Math.floor(rand() * 8);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rand();
      // Occasionally a bare name, a bare value or an empty pair.
      parts.push(r < 0.05 ? name(rand) : r < 0.08 ? `=${value(rand, valid)}` : r < 0.1 ? '' : `${name(rand)}=${value(rand, valid)}`);
    }
    const hashKind = rand();
    const hash = hashKind < 0.5 ? '' : hashKind < 0.8 ? `#${value(rand, valid)}` : `#${parts[0] ?? ''}`;
    cases.push({ search: rand() < 0.03 ? '' : `?${parts.join(pick(rand, ['&', '&', '&', ';', '&&']))}`, hash });
  }
  return cases.slice(0, count);
}

/**
 * The parameter's values as the page reads them (WHATWG URLSearchParams, the browser's own
 * decoding). Used to state properties (an accepted value is one the URL gave), not to
 * predict the parser's answer.
 */
export function givenValues(search: string, name: string): string[] {
  return new URLSearchParams(search).getAll(name);
}

/** A real calendar day written YYYY-MM-DD, checked through Date.UTC, not the app's code. */
export function isRealDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)).toISOString().slice(0, 10) === value;
}
