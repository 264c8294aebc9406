/**
 * A story-data file broke a schema rule. The message names the file, the record and the
 * field, so a journalist editing JSON by hand can find the line to fix:
 *
 *   data/events.json: event "us-japan" (#6): field "sources[0].url": must be an https URL, got "http://…"
 */
export class DataError extends Error {
  override name = 'DataError';

  constructor(
    /** The file as the project names it, e.g. `data/events.json`. */
    readonly file: string,
    /** The record, e.g. `event "us-japan" (#6)`; `top level` for the file's own fields. */
    readonly record: string,
    /** The field path inside the record, e.g. `sources[0].url`. */
    readonly field: string,
    /** What is wrong, e.g. `must be an https URL, got "http://…"`. */
    readonly problem: string,
  ) {
    super(`${file}: ${record}: field "${field}": ${problem}`);
  }
}
