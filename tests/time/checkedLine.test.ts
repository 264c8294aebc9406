import { describe, expect, it } from 'vitest';
import { checkedLine } from '../../src/time/checkedLine';

describe('checkedLine(date)', () => {
  it('writes the day in words', () => {
    expect(checkedLine('2026-11-29')).toBe('Facts checked to 29 November 2026');
  });
});
