// Node-only: read the four data files from a folder and check them with the shared schema,
// and the basemap's labels.json with its own. Used by the Vite plugin (build and dev) and by
// the tests.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LABELS_FILE, parseLabels } from '../data/labelsSchema.ts';
import { DATA_FILES, DataError, parseStoryData, type DataFileName } from '../data/schema.ts';
import type { CountryLabel, StoryData } from '../data/types.ts';

export interface ValidatedFiles {
  /** The parsed, typed story. */
  data: StoryData;
  /** Each file's JSON exactly as written, to be emitted (minified) into the build. */
  json: Record<DataFileName, unknown>;
}

const NAMES = Object.keys(DATA_FILES) as DataFileName[];

/** `file` is how messages name it (data/events.json); `location` is where it is read from. */
async function readJson(location: string, file: string): Promise<unknown> {
  let body: string;
  try {
    body = await readFile(location, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError(file, 'top level', '(file)', `could not be read: ${reason}`);
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DataError(file, 'top level', '(json)', `is not valid JSON: ${reason}`);
  }
}

/** Reads `<dir>/events.json`, `parties.json`, `production.json`, `story.json`; throws DataError. */
export async function readAndValidate(dir: string): Promise<ValidatedFiles> {
  const entries = await Promise.all(NAMES.map(async (name) => [name, await readJson(path.join(dir, `${name}.json`), DATA_FILES[name])] as const));
  const json = Object.fromEntries(entries) as Record<DataFileName, unknown>;
  return { data: parseStoryData(json), json };
}

/** Reads `<dir>/labels.json` and checks it; throws DataError. */
export async function readAndValidateLabels(dir: string): Promise<CountryLabel[]> {
  return parseLabels(await readJson(path.join(dir, 'labels.json'), LABELS_FILE));
}
