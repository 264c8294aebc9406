import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { parseLanguage } from '../../src/state/urlCodec';
import { parseHostMessage } from '../../src/embed/hostControl';
import { embedSrc } from '../../src/embed/embedSnippet';
import { fullMapUrl } from '../../src/embed/fullMapUrl';

describe('parseLanguage(search)', () => {
  test.each([
    ['', 'en'],
    ['?lang=ja', 'ja'],
    ['?lang=zh', 'zh-Hans'],
    ['?lang=zh-Hans', 'zh-Hans'],
    ['?lang=MS', 'ms'],
    ['?lang=th', 'th'],
  ])('%s is %s, without a warning', (search, lang) => {
    expect(parseLanguage(search)).toEqual({ lang, calendar: null, warnings: [] });
  });

  test('an unknown language is English, with a warning that names it', () => {
    expect(parseLanguage('?lang=fr')).toEqual({
      lang: 'en',
      calendar: null,
      warnings: ['lang "fr" is not one of the story\'s languages (en, ja, zh-Hans, ms, th; zh for zh-Hans); showing English.'],
    });
  });

  test('calendar=gregory is read; another calendar is a warning', () => {
    expect(parseLanguage('?lang=th&calendar=gregory').calendar).toBe('gregory');
    expect(parseLanguage('?calendar=islamic').warnings).toHaveLength(1);
  });
});

test('public/lang.js sets <html lang> as parseLanguage reads lang=, before the first paint', () => {
  const source = readFileSync('public/lang.js', 'utf8');
  for (const value of ['ja', 'zh', 'zh-Hans', 'ms', 'th', 'fr', 'en']) {
    const html = {
      lang: 'en',
      classList: {
        added: [] as string[],
        add(c: string) {
          this.added.push(c);
        },
      },
    };
    runInNewContext(source, { location: { search: `?embed=1&lang=${value}` }, document: { documentElement: html }, decodeURIComponent });
    expect(html.lang).toBe(parseLanguage(`?lang=${value}`).lang);
    expect(html.classList.added).toEqual(html.lang === 'en' ? [] : ['fv-translating']);
  }
});

describe('lang travels with the view', () => {
  const ctx = { ids: new Set(['us-japan']), start: '2025-04-04', end: '2025-11-09' };
  test('the host may set the language, alone or with a date', () => {
    expect(parseHostMessage({ type: 'critical-minerals-map:set', lang: 'ja' }, ctx)).toEqual({ lang: 'ja' });
    expect(parseHostMessage({ type: 'critical-minerals-map:set', lang: 'zh', date: '2025-10-28' }, ctx)).toEqual({ lang: 'zh-Hans', date: '2025-10-28' });
    expect(parseHostMessage({ type: 'critical-minerals-map:set', lang: 'fr' }, ctx)).toBeNull();
  });

  test('the embed code carries lang and calendar, and "View the full map" keeps them', () => {
    const src = embedSrc({
      pageUrl: 'https://maps.example/',
      date: '2025-10-28',
      deal: null,
      showTitle: true,
      showControls: true,
      lang: 'th',
      calendar: 'gregory',
    });
    expect(new URL(src).searchParams.get('lang')).toBe('th');
    expect(new URL(src).searchParams.get('calendar')).toBe('gregory');
    expect(new URL(fullMapUrl(src)).searchParams.get('lang')).toBe('th');
    expect(
      new URL(embedSrc({ pageUrl: 'https://maps.example/', date: '2025-10-28', deal: null, showTitle: true, showControls: true, lang: 'en' })).searchParams.has(
        'lang',
      ),
    ).toBe(false);
  });
});
