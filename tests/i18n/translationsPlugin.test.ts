// The translations as shipped pass the build's check, and a copy with a changed figure, a
// missing key or a stale entry is caught, naming file and key.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkTranslations } from '../../src/build/translationsPlugin';

const DATA = path.resolve('data');

function copyWith(lang: string, change: (json: { story: Record<string, { en: string; text: string }>; ui: Record<string, unknown> }) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'i18n-'));
  cpSync(DATA, dir, { recursive: true });
  const file = path.join(dir, 'i18n', `${lang}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  change(json);
  writeFileSync(file, JSON.stringify(json));
  return dir;
}

describe('checkTranslations(data/)', () => {
  test('every shipped language passes: no problem, no stale entry', async () => {
    const r = await checkTranslations(DATA, DATA);
    expect(r.errors).toEqual([]);
    expect(r.stale).toEqual([]);
    expect([...r.files.keys()].sort()).toEqual(['ja', 'ms', 'th', 'zh-Hans']);
  });

  test('a translated sum that differs from the English fails, naming file and key', async () => {
    const dir = copyWith('ja', (j) => {
      j.story['event.us-australia.value']!.text = j.story['event.us-australia.value']!.text.replace('{usd:8500000000}', '{usd:850000000}');
    });
    const r = await checkTranslations(dir, dir);
    expect(r.errors).toEqual([
      expect.stringMatching(/^data\/i18n\/ja\.json: story › event\.us-australia\.value: figures differ from the English: lacks usd 8500000000/),
    ]);
  });

  test('a missing key fails; a changed English is reported stale', async () => {
    const dir = copyWith('th', (j) => {
      delete j.ui['card.where'];
      j.story['story.headline']!.en = 'An older headline';
    });
    const r = await checkTranslations(dir, dir);
    expect(r.errors).toEqual(['data/i18n/th.json: ui › card.where: missing (English: "Where")']);
    expect(r.stale).toEqual([expect.stringMatching(/^data\/i18n\/th\.json: story › story\.headline: stale: translated from "An older headline"/)]);
  });
});
