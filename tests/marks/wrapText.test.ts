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
