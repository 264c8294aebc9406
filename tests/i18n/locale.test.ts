import { afterEach, describe, expect, test } from 'vitest';
import { EN } from '../../src/i18n/en';
import { formatDate, formatUsd, setLocale, t } from '../../src/i18n/locale';
import type { Lang } from '../../src/i18n/languages';
import { breakWords, ZWSP } from '../../src/i18n/breakWords';
import { fillFigures } from '../../src/i18n/localise';

const use = (lang: Lang, calendar: 'gregory' | null = null) => setLocale({ lang, calendar, messages: EN });
afterEach(() => use('en'));

describe('formatDate(date) in each language', () => {
  test.each([
    ['en', '28 October 2025'],
    ['ja', '2025年10月28日'],
    ['zh-Hans', '2025年10月28日'],
    ['ms', '28 Oktober 2025'],
    ['th', '28 ตุลาคม 2568'],
  ] as const)('%s: %s', (lang, text) => {
    use(lang);
    expect(formatDate('2025-10-28')).toBe(text);
  });

  test('Thai in the Common Era with calendar=gregory', () => {
    use('th', 'gregory');
    expect(formatDate('2025-10-28')).toBe('28 ตุลาคม 2025');
  });

  test('English keeps the story’s own short month (Sep, not Sept)', () => {
    expect(formatDate('2025-09-17', 'short')).toBe('17 Sep 2025');
  });
});

describe('formatUsd(value) as each press writes it', () => {
  test.each([
    ['en', 8.5e9, 'US$8.5 bn'],
    ['ja', 8.5e9, '85億ドル'],
    ['zh-Hans', 8.5e9, '85亿美元'],
    ['ms', 2e8, 'US$200 juta'],
    ['th', 8.5e9, '8,500 ล้านดอลลาร์สหรัฐ'],
  ] as const)('%s: %s is %s', (lang, value, text) => {
    use(lang);
    expect(formatUsd(value)).toBe(text);
  });
});

test('fillFigures writes a translation’s placeholders in the page’s language', () => {
  use('ja');
  expect(fillFigures('{month:2025-10}、{day:10-09}、{usd:200000000}')).toBe('2025年10月、10月9日、2億ドル');
});

test('t(key) fills placeholders from the current messages', () => {
  setLocale({ lang: 'ja', calendar: null, messages: { ...EN, 'summary.head': '{date}時点の地図。' } });
  expect(t('summary.head', { date: '2025年10月28日' })).toBe('2025年10月28日時点の地図。');
});

describe('breakWords(text, lang)', () => {
  test('Thai gets a zero-width space at each word boundary', () => {
    const out = breakWords('แร่หายากของจีน', 'th');
    expect(out.split(ZWSP).length).toBeGreaterThan(2);
    expect(out.replaceAll(ZWSP, '')).toBe('แร่หายากของจีน');
  });

  test('other languages are left as they are', () => {
    expect(breakWords('レアアース', 'ja')).toBe('レアアース');
  });
});
