import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/dataError';
import { parseLabels } from '../../src/data/labelsSchema';
import { readAndValidateLabels } from '../../src/build/readAndValidate';
import { storyData } from '../../src/build/storyDataPlugin';
import { FIXTURE_STORY_DIR } from '../support/storyData';

const DATA_DIR = path.resolve(import.meta.dirname, '../../data');
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/data');

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')) as unknown;
}

function errorFor(name: string): DataError {
  try {
    parseLabels(fixture(name));
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error(`${name} passed the schema`);
}

describe('parseLabels(json)', () => {
  it('returns each label with its ISO numeric id, name and [lon, lat]', () => {
    const json = { labels: [{ id: '036', name: 'Australia', at: [134, -25] }] };
    expect(parseLabels(json)).toEqual([{ id: '036', name: 'Australia', at: [134, -25] }]);
  });

  // The edges of the world are places: a label at a pole or on the antimeridian is kept.
  it.each([
    [180, 90],
    [-180, -90],
    [180, -90],
    [-180, 90],
  ])('accepts a position on the edge of the range, [%d, %d]', (lon, lat) => {
    expect(parseLabels({ labels: [{ id: '010', name: 'Edge', at: [lon, lat] }] })[0]!.at).toEqual([lon, lat]);
  });

  // One fixture per rule in tests/fixtures/data/*.labels.json: each must fail, with the
  // file, the record and the field named, and a message saying what is wrong.
  const cases: [rule: string, fixture: string, record: string, field: string, says: string][] = [
    ['an unknown field', 'unknown-field.labels.json', 'label "392" (#2)', 'size', 'is not a known field'],
    ['an unknown top-level field', 'unknown-top-field.labels.json', 'top level', 'label', 'is not a known field'],
    ['an id that is not an ISO numeric code', 'bad-iso.labels.json', 'label "JP" (#2)', 'id', '3-digit ISO 3166-1 numeric code'],
    ['an empty name', 'empty-name.labels.json', 'label "392" (#2)', 'name', 'must not be empty'],
    ['no name', 'missing-name.labels.json', 'label "392" (#2)', 'name', 'got nothing'],
    ['a longitude out of range', 'lon-out-of-range.labels.json', 'label "392" (#2)', 'at[0]', 'between -180 and 180, got 218.4'],
    ['a longitude that is not a number', 'lon-not-a-number.labels.json', 'label "392" (#2)', 'at[0]', 'must be a finite number, got "138.4"'],
    ['a latitude out of range', 'lat-out-of-range.labels.json', 'label "392" (#2)', 'at[1]', 'between -90 and 90, got 96.4'],
    ['a position that is not [lon, lat]', 'at-not-a-pair.labels.json', 'label "392" (#2)', 'at', 'must be [lon, lat]'],
    ['a country labelled twice', 'duplicate-id.labels.json', 'label "036" (#2)', 'id', 'repeats the country "036"'],
    ['no labels list', 'missing-labels.labels.json', 'top level', 'labels', 'must be a list'],
    ['an empty labels list', 'empty-list.labels.json', 'top level', 'labels', 'at least 1 entry'],
  ];

  it.each(cases)('rejects %s (%s), naming file, record and field', (_rule, name, record, field, says) => {
    const error = errorFor(name);
    expect({ file: error.file, record: error.record, field: error.field }).toEqual({ file: 'data/labels.json', record, field });
    expect(error.message).toContain(`data/labels.json: ${record}: field "${field}": `);
    expect(error.message).toContain(says);
  });

  it('has a case above for every labels fixture', () => {
    const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.labels.json'));
    expect(cases.map((c) => c[1]).sort()).toEqual(fixtures.sort());
  });
});

describe('readAndValidateLabels(dir)', () => {
  /** A folder holding `body` as labels.json. */
  function dirWith(body: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'labels-'));
    writeFileSync(path.join(dir, 'labels.json'), body);
    return dir;
  }

  it('reads <dir>/labels.json and returns its labels', async () => {
    const dir = dirWith('{ "labels": [{ "id": "392", "name": "Japan", "at": [138.4, 36.4] }] }');
    expect(await readAndValidateLabels(dir)).toEqual([{ id: '392', name: 'Japan', at: [138.4, 36.4] }]);
  });

  it('accepts data/labels.json', async () => {
    await expect(readAndValidateLabels(DATA_DIR)).resolves.not.toHaveLength(0);
  });

  it('names the file as data/labels.json, wherever it was read from, when a rule fails', async () => {
    const dir = dirWith(readFileSync(path.join(FIXTURES, 'duplicate-id.labels.json'), 'utf8'));
    await expect(readAndValidateLabels(dir)).rejects.toThrow('data/labels.json: label "036" (#2): field "id": repeats the country "036"');
  });

  it('says the file is not JSON, or could not be read', async () => {
    await expect(readAndValidateLabels(dirWith('{ "labels": [ '))).rejects.toThrow(/^data\/labels\.json: top level: field "\(json\)": is not valid JSON/);
    await expect(readAndValidateLabels(mkdtempSync(path.join(tmpdir(), 'no-labels-')))).rejects.toThrow(
      /^data\/labels\.json: top level: field "\(file\)": could not be read/,
    );
  });
});

describe('storyData() in vite build', () => {
  it('stops the build when labels.json breaks a rule, with the message naming file, record and field', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'story-labels-'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
    // The fixture story, so only the labels can be what stops the build.
    cpSync(FIXTURE_STORY_DIR, path.join(root, 'data'), { recursive: true });
    cpSync(path.join(FIXTURES, 'lat-out-of-range.labels.json'), path.join(root, 'data', 'labels.json'));
    const building = build({ root, configFile: false, logLevel: 'silent', base: './', plugins: [storyData()] });
    await expect(building).rejects.toThrow('data/labels.json: label "392" (#2): field "at[1]": must be between -90 and 90, got 96.4');
  });
});
