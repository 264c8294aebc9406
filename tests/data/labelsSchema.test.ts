import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/dataError';
import { parseLabels } from '../../src/data/labelsSchema';
import { readAndValidateLabels } from '../../src/build/readAndValidate';
import { storyData } from '../../src/build/storyDataPlugin';

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

  it.each([
    ['an unknown field', 'unknown-field.labels.json', 'label "392" (#2)', 'size'],
    ['an id that is not an ISO numeric code', 'bad-iso.labels.json', 'label "JP" (#2)', 'id'],
    ['an empty name', 'empty-name.labels.json', 'label "392" (#2)', 'name'],
    ['a longitude out of range', 'lon-out-of-range.labels.json', 'label "392" (#2)', 'at[0]'],
    ['a latitude out of range', 'lat-out-of-range.labels.json', 'label "392" (#2)', 'at[1]'],
    ['a position that is not [lon, lat]', 'at-not-a-pair.labels.json', 'label "392" (#2)', 'at'],
    ['a country labelled twice', 'duplicate-id.labels.json', 'label "036" (#2)', 'id'],
    ['no labels list', 'missing-labels.labels.json', 'top level', 'labels'],
  ])('rejects %s, naming file, record and field', (_rule, name, record, field) => {
    const error = errorFor(name);
    expect({ file: error.file, record: error.record, field: error.field }).toEqual({ file: 'data/labels.json', record, field });
  });
});

describe('readAndValidateLabels(dir)', () => {
  it('accepts data/labels.json, a label per country', async () => {
    const labels = await readAndValidateLabels(DATA_DIR);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
  });
});

describe('storyData() in vite build', () => {
  it('stops the build when labels.json breaks a rule, with the message naming file, record and field', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'story-labels-'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
    cpSync(DATA_DIR, path.join(root, 'data'), { recursive: true });
    cpSync(path.join(FIXTURES, 'lat-out-of-range.labels.json'), path.join(root, 'data', 'labels.json'));
    const building = build({ root, configFile: false, logLevel: 'silent', base: './', plugins: [storyData()] });
    await expect(building).rejects.toThrow('data/labels.json: label "392" (#2): field "at[1]": must be between -90 and 90, got 96.4');
  });
});
