import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../src/build/csv';
import { parseCsv } from '../support/parseCsv';

describe('csvCell(value)', () => {
  it('quotes plain text', () => {
    expect(csvCell('Kuala Lumpur')).toBe('"Kuala Lumpur"');
  });

  it('doubles quotes inside text', () => {
    expect(csvCell('the "Kuala Lumpur consensus"')).toBe('"the ""Kuala Lumpur consensus"""');
  });

  it('keeps commas and line breaks inside the quotes', () => {
    expect(parseCsv(csvCell('a, b\r\nc'))).toEqual([['a, b\r\nc']]);
  });

  it.each(['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1'])('escapes text that a spreadsheet would run as a formula: %j', (text) => {
    expect(parseCsv(csvCell(text))[0]![0]).toBe(`'${text}`);
  });

  it('leaves a number as a number, even a negative one', () => {
    expect(csvCell(-5)).toBe('"-5"');
  });

  it('writes null as an empty field', () => {
    expect(csvCell(null)).toBe('""');
  });

  it('leaves text with an = later on alone', () => {
    expect(csvCell('a=b')).toBe('"a=b"');
  });
});

describe('toCsv(header, rows)', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const text = toCsv(['a', 'b'], [['1', 2]]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('"a","b"\r\n"1","2"\r\n');
  });

  it('reads back as the header and rows it was given', () => {
    const rows = [
      ['Australia', 29000],
      ['Thailand, "estimated"', 4800],
    ];
    expect(parseCsv(toCsv(['country', 'tonnes'], rows))).toEqual([
      ['country', 'tonnes'],
      ['Australia', '29000'],
      ['Thailand, "estimated"', '4800'],
    ]);
  });

  it('throws when a row has more or fewer fields than the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(RangeError);
  });
});
