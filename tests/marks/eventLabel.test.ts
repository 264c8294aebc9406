import { describe, expect, it } from 'vitest';
import { EVENT_LABEL_SIZE, eventLabelLines } from '../../src/marks/eventLabel';

describe('eventLabelLines(title)', () => {
  it('keeps a short title on one line, ending 12 px left of the marker and 10 px above it', () => {
    expect(eventLabelLines('Trump and Xi meet in Busan')).toEqual([{ text: 'Trump and Xi meet in Busan', x: -12, y: -10 }]);
  });

  it('wraps a long title into a column whose last line sits where a short one would', () => {
    const lines = eventLabelLines('China suspends its ban on gallium, germanium and antimony exports to the US');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe('China suspends its ban on gallium, germanium and antimony exports to the US');
    expect(lines.at(-1)!.y).toBeCloseTo(-10, 6);
    for (let i = 1; i < lines.length; i++) expect(lines[i]!.y - lines[i - 1]!.y).toBeCloseTo(EVENT_LABEL_SIZE * 1.15, 0);
  });
});
