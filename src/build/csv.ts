// CSV text that opens cleanly in a spreadsheet (RFC 4180): every field quoted, quotes
// doubled, CRLF line ends, UTF-8 with a byte-order mark. The BOM is for Excel, which reads
// a UTF-8 file without one in the legacy code page and garbles "–", "’" and "é"; pandas,
// R's readr, LibreOffice and Google Sheets all skip it.

export type CsvValue = string | number | null;

/** The byte-order mark, U+FEFF, that opens the file. */
export const BOM = '\uFEFF';

/**
 * Text starting with = + - @ (or a tab or CR, which some spreadsheets skip before reading
 * one of those) is taken for a formula: "=HYPERLINK(…)" in a source title would run when
 * the file is opened. A leading apostrophe makes the cell plain text (OWASP's advice).
 * Numbers are numbers, so -5 stays -5.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '""';
  const text = typeof value === 'number' ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) throw new RangeError(`toCsv: row ${i + 1} has ${row.length} fields, the header ${header.length}`);
  }
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
