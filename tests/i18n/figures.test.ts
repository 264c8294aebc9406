import { describe, expect, test } from 'vitest';
import { englishFigures, figureDifferences, translatedFigures } from '../../src/i18n/figures';

describe('englishFigures(text)', () => {
  test('reads dollar sums, dates, months, days and numbers as the story writes them', () => {
    const { required } = englishFigures('US$8.5 bn and US$200 m; 1 Dec 2025, 10 November 2026, April 2025, 9 October; No. 61 and 0.1%.');
    expect(required).toEqual([
      { kind: 'usd', value: '8500000000' },
      { kind: 'usd', value: '200000000' },
      { kind: 'date', value: '2025-12-01' },
      { kind: 'date', value: '2026-11-10' },
      { kind: 'month', value: '2025-04' },
      { kind: 'day', value: '10-09' },
      { kind: 'num', value: '61' },
      { kind: 'num', value: '0.1' },
    ]);
  });

  test('"25 and 26 Oct 2025" is two dates', () => {
    expect(englishFigures('over 25 and 26 Oct 2025').required).toEqual([
      { kind: 'date', value: '2025-10-25' },
      { kind: 'date', value: '2025-10-26' },
    ]);
  });

  test('number words, a month alone and "a year" are optional figures', () => {
    expect(englishFigures('seven earths, the October expansion, for a year').optional.map((f) => f.value)).toEqual(['10', '1', '7']);
  });
});

describe('translatedFigures(text)', () => {
  test('reads placeholders and the digits left in the words', () => {
    expect(translatedFigures('{date:2025-10-28}に{usd:8500000000}、第61号').figures).toEqual([
      { kind: 'date', value: '2025-10-28' },
      { kind: 'usd', value: '8500000000' },
      { kind: 'num', value: '61' },
    ]);
  });

  test('a placeholder whose value is not of its kind is an error', () => {
    expect(translatedFigures('{date:2025-13}').errors).toEqual(['{date:2025-13} is not a date (see src/i18n/figures.ts)']);
  });
});

describe('figureDifferences(english, translation)', () => {
  test('none when every figure is there as a placeholder', () => {
    expect(figureDifferences('US$8.5 bn on 28 October 2025, No. 18', '{date:2025-10-28}に{usd:8500000000}、第18号')).toEqual([]);
  });

  test('a retyped or changed sum is reported', () => {
    expect(figureDifferences('US$8.5 bn', '{usd:850000000}')).toEqual(['lacks usd 8500000000 of the English', 'has usd 850000000, which the English does not']);
  });

  test('a date typed out by hand instead of a placeholder is reported', () => {
    expect(figureDifferences('on 28 October 2025', '2025年10月28日に')).toEqual([
      'lacks date 2025-10-28 of the English',
      'has 2025, 10, 28, which the English does not',
    ]);
  });

  test('digits for the English number words are allowed, others are not', () => {
    expect(figureDifferences('seven rare earths within six months', '7種類、6か月以内')).toEqual([]);
    expect(figureDifferences('seven rare earths', '8種類')).toEqual(['has 8, which the English does not']);
  });
});
