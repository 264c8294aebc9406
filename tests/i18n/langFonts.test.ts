// The story's own cuts of Noto Sans JP, SC and Thai (src/build/langFonts.mjs, committed under
// public/fonts/lang/): every character a translation writes beyond what Source Sans 3 draws
// must be in them, and a page view's files must stay in the budget. Fails after a
// translation adds a character until `npm run fonts:languages` is run again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FONTS = path.join(ROOT, 'public/fonts/lang');
const coverage = JSON.parse(readFileSync(path.join(FONTS, 'coverage.json'), 'utf8')) as Record<string, string>;
const covered = new Set([...Object.values(coverage).join('')]);
const latin = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@fontsource/source-sans-3/unicode.json'), 'utf8')) as { latin: string }).latin
  .split(',')
  .map(
    (r) =>
      r
        .trim()
        .replace(/^U\+/i, '')
        .split('-')
        .map((h) => parseInt(h, 16)) as [number, number?],
  );
const beyondLatin = (c: string) => {
  const cp = c.codePointAt(0)!;
  return !latin.some(([a, b = a]) => cp >= a && cp <= b);
};

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'en' ? [] : texts(v)));
  return [];
}

/** Budget per page view, gzip (issue 20): the files of the language's own family. */
const BUDGET: Record<string, { pkg: string; kb: number }> = {
  ja: { pkg: 'noto-sans-jp', kb: 200 },
  'zh-Hans': { pkg: 'noto-sans-sc', kb: 200 },
  th: { pkg: 'noto-sans-thai', kb: 40 },
};

describe('the story fonts for Japanese, Chinese and Thai', () => {
  for (const lang of ['ja', 'zh-Hans', 'th', 'ms']) {
    it(`carry every character data/i18n/${lang}.json writes beyond Source Sans 3`, () => {
      const file = JSON.parse(readFileSync(path.join(ROOT, `data/i18n/${lang}.json`), 'utf8')) as unknown;
      const chars = [...new Set([...texts(file).join('')])].filter(beyondLatin);
      if (lang !== 'ms') expect(chars.length).toBeGreaterThan(50);
      // Characters no Noto family here has (⌘, the fullwidth parentheses in 中文（简体）are
      // Noto's; a stray emoji would not be) would show in a system font: none may be left.
      expect(chars.filter((c) => !covered.has(c)).join('')).toBe('');
    });
  }

  for (const [lang, { pkg, kb }] of Object.entries(BUDGET)) {
    it(`${lang}: all of ${pkg}'s files together are at most ${kb} KB gzip (what a page view can fetch)`, () => {
      const files = readdirSync(FONTS).filter((f) => f.startsWith(`${pkg}-`) && f.endsWith('.woff2'));
      expect(files.length).toBeGreaterThan(0);
      const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(FONTS, f))).length, 0);
      expect(bytes / 1024).toBeLessThanOrEqual(kb);
      expect(files.every((f) => statSync(path.join(FONTS, f)).size > 0)).toBe(true);
    });
  }

  it('declares each file once in langFontFaces.css, with the unicode-range of what it holds', () => {
    const css = readFileSync(path.join(ROOT, 'src/styles/langFontFaces.css'), 'utf8');
    const files = readdirSync(FONTS).filter((f) => f.endsWith('.woff2'));
    for (const f of files) expect(css.split(`/fonts/lang/${f}'`).length - 1, f).toBe(1);
    expect(css.match(/unicode-range: U\+/g)?.length).toBe(files.length);
  });
});
