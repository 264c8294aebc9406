import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/marks/wrapText';

describe('wrapText(value, fontSize, maxWidth)', () => {
  it('keeps every word, in order, on lines no longer than the estimate allows', () => {
    const value = 'one two three four five six seven eight nine ten eleven twelve';
    const lines = wrapText(value, 10, 100);
    expect(lines.join(' ')).toBe(value);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
    expect(lines.length).toBeGreaterThan(1);
  });
  it('returns one line when the text fits', () => {
    expect(wrapText('short text', 12, 500)).toEqual(['short text']);
  });
});

describe('wrapText in scripts without spaces', () => {
  it('breaks Japanese between characters, a full-width character counting as an em, and never before 、 or 。', () => {
    const value = '10月の規制に対する中国の1年間の停止の期限、北京で。';
    const lines = wrapText(value, 12, 120, 0.5);
    expect(lines.join('')).toBe(value);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const em = [...line].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.5), 0);
      expect(em * 12).toBeLessThanOrEqual(120);
      expect(line).not.toMatch(/^[、。]/);
    }
  });
  it('breaks Thai only at the zero-width spaces between words, and drops them', () => {
    const words = ['สหรัฐฯ', 'ชิง', 'แร่ธาตุ', 'สำคัญ', 'ใน', 'อินโด-แปซิฟิก'];
    const lines = wrapText(words.join('\u200b'), 12, 70, 0.5);
    expect(lines.join('')).toBe(words.join(''));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(words.some((w) => line.startsWith(w))).toBe(true);
  });
});
