import { describe, expect, it } from 'vitest';
import { stillFileName } from '../../src/still/stillFileName';

describe('stillFileName(date, deal, extension)', () => {
  it('names the file after the date and the deal', () => {
    expect(stillFileName('2025-10-28', 'us-japan', 'png')).toBe('critical-minerals-map-2025-10-28-us-japan.png');
  });
  it('leaves the deal out when none is open', () => {
    expect(stillFileName('2025-10-28', null, 'svg')).toBe('critical-minerals-map-2025-10-28.svg');
  });
});
