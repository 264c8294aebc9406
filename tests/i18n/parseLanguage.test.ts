import { Window } from 'happy-dom';
import { HEAD_STEP } from '../../src/build/headStep';
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

test('the head step sets <html lang> as parseLanguage reads lang=, before the first paint', () => {
  for (const value of ['ja', 'zh', 'zh-Hans', 'ZH-CN', 'ms', 'th', 'fr', 'en', '']) {
    const window = new Window({ url: `https://maps.example/?embed=1&lang=${encodeURIComponent(value)}` });
    window.document.write('<!doctype html><html lang="en"><head><meta name="color-scheme" content="light"></head><body></body></html>');
    (window as unknown as { matchMedia: () => { matches: boolean } }).matchMedia = () => ({ matches: false });
    window.eval(HEAD_STEP);
    const html = window.document.documentElement;
    expect(html.lang, value).toBe(parseLanguage(`?lang=${encodeURIComponent(value)}`).lang);
    expect(html.classList.contains('fv-translating'), value).toBe(html.lang !== 'en');
    void window.happyDOM.close();
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
