import { describe, expect, test } from 'vitest';
import { checkTranslation } from '../../src/i18n/validateTranslation';

const english = {
  ui: { 'card.where': 'Where', 'summary.head': 'The map at {date}.', 'summary.stop': '.' },
  story: new Map([
    ['story.headline', 'America’s race'],
    ['event.a.summary', 'US$8.5 bn on 28 October 2025.'],
  ]),
};
const entry = (en: string, text: string) => ({ en, text });
const good = () => ({
  lang: 'ja',
  ui: { 'card.where': entry('Where', '場所'), 'summary.head': entry('The map at {date}.', '{date}時点の地図。'), 'summary.stop': entry('.', '。') },
  story: {
    'story.headline': entry('America’s race', '米国の競争'),
    'event.a.summary': entry('US$8.5 bn on 28 October 2025.', '{date:2025-10-28}に{usd:8500000000}。'),
  },
});

describe('checkTranslation(file, json, english)', () => {
  test('a complete file passes, and its texts are returned by key', () => {
    const r = checkTranslation('data/i18n/ja.json', good(), english);
    expect(r.problems).toEqual([]);
    expect(r.translation?.story['story.headline']).toBe('米国の競争');
  });

  test('a missing key is named with its file and the English', () => {
    const json = good();
    delete (json.ui as Record<string, unknown>)['card.where'];
    expect(checkTranslation('data/i18n/ja.json', json, english).problems).toEqual(['data/i18n/ja.json: ui › card.where: missing (English: "Where")']);
  });

  test('an extra key is named', () => {
    const json = good();
    Object.assign(json.story, { 'event.gone.title': entry('Gone', '消えた') });
    expect(checkTranslation('data/i18n/ja.json', json, english).problems).toEqual([
      'data/i18n/ja.json: story › event.gone.title: is not a key of the English (removed or misspelt?)',
    ]);
  });

  test('an empty text is named, but a full stop may be empty', () => {
    const json = good();
    json.ui['card.where'] = entry('Where', ' ');
    json.ui['summary.stop'] = entry('.', '');
    expect(checkTranslation('data/i18n/ja.json', json, english).problems).toEqual(['data/i18n/ja.json: ui › card.where: is empty']);
  });

  test('an entry made from other English is stale, and not used', () => {
    const json = good();
    json.story['story.headline'] = entry('America’s old race', '古い見出し');
    const r = checkTranslation('data/i18n/ja.json', json, english);
    expect(r.problems).toEqual(['data/i18n/ja.json: story › story.headline: stale: translated from "America’s old race", the English is now "America’s race"']);
    expect(r.translation?.story['story.headline']).toBeUndefined();
  });

  test('a figure that differs from the English is named', () => {
    const json = good();
    json.story['event.a.summary'] = entry('US$8.5 bn on 28 October 2025.', '{date:2025-10-28}に85億ドル。');
    expect(checkTranslation('data/i18n/ja.json', json, english).problems).toEqual([
      'data/i18n/ja.json: story › event.a.summary: figures differ from the English: lacks usd 8500000000 of the English; has 85, which the English does not',
    ]);
  });

  test('a message whose placeholders differ from the English is named', () => {
    const json = good();
    json.ui['summary.head'] = entry('The map at {date}.', '地図。');
    expect(checkTranslation('data/i18n/ja.json', json, english).problems).toEqual([
      'data/i18n/ja.json: ui › summary.head: figures differ from the English: has placeholders {}, the English {date}',
    ]);
  });

  test('an unknown language is named', () => {
    expect(checkTranslation('data/i18n/xx.json', { ...good(), lang: 'xx' }, english).problems).toEqual([
      'data/i18n/xx.json: "lang" must be one of ja, zh-Hans, ms, th, got "xx"',
    ]);
  });
});
