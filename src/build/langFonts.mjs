#!/usr/bin/env node
// Subsets Noto Sans JP, SC and Thai (400 and 700) to the characters each translation writes,
// so a reader in Tokyo, Kuala Lumpur (Chinese) or Bangkok gets the story's own script from
// our origin even where the system has no such font (and the page never changes face as a
// system font loads late). Latin letters and digits stay Source Sans 3.
//
//   npm run fonts:languages      (after changing data/i18n/<lang>.json)
//
// fontsource ships each family in slices by unicode-range; each slice that holds a
// character of the story is cut down to those characters and gets its own @font-face with
// exactly that unicode-range, so a page fetches only what it draws. Writes
// public/fonts/lang/<family>-<slice>-<weight>.woff2, src/styles/langFontFaces.css and
// public/fonts/lang/coverage.json (the characters each language's files carry:
// tests/i18n/langFonts.test.ts fails when a translation writes a character they lack).

import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = resolve(root, 'public/fonts/lang');
const cssFile = resolve(root, 'src/styles/langFontFaces.css');
/**
 * Language → the fontsource package, the family name the page's CSS uses, and the weights
 * cut. Japanese and Chinese ship 400 only and let the browser embolden it (font-synthesis):
 * a real bold would double a page view's bytes (280 KB against the 200 KB budget).
 */
const LANG_FONTS = {
  ja: { pkg: 'noto-sans-jp', family: 'Story Noto Sans JP', weights: [400] },
  'zh-Hans': { pkg: 'noto-sans-sc', family: 'Story Noto Sans SC', weights: [400] },
  // Thai ships its whole script slice (9 KB a weight, smaller than a cut that keeps every
  // mark-positioning rule): vowel and tone marks then sit exactly as Noto draws them.
  th: { pkg: 'noto-sans-thai', family: 'Story Noto Sans Thai', weights: [400, 700], whole: true },
};
const ALL_LANGS = ['ja', 'zh-Hans', 'ms', 'th'];
/** Slices Source Sans 3 covers (src/build/fonts.mjs): Latin is never drawn in Noto. */
const SKIP_SLICES = new Set(['latin', 'latin-ext', 'cyrillic', 'vietnamese']);

function texts(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'en' ? [] : texts(v)));
  return [];
}

function ranges(spec) {
  return spec.split(',').map((r) => {
    const [a, b = a] = r.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b, 16)];
  });
}

/** Codepoints as a CSS unicode-range, runs merged. */
function unicodeRange(cps) {
  const out = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    const hex = (n) => n.toString(16).toUpperCase();
    out.push(i === j ? `U+${hex(cps[i])}` : `U+${hex(cps[i])}-${hex(cps[j])}`);
    i = j + 1;
  }
  return out.join(',');
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const css = [
  '/* Written by src/build/langFonts.mjs (npm run fonts:languages): Noto Sans JP, SC and Thai cut to the',
  '   characters of data/i18n/<lang>.json, from our own origin. Do not edit by hand. */',
];
const coverage = {};
const report = [];
const pkgDir = (pkg) => resolve(root, 'node_modules/@fontsource', pkg);
const slicesOf = Object.fromEntries(
  Object.values(LANG_FONTS).map(({ pkg }) => [
    pkg,
    Object.entries(JSON.parse(readFileSync(resolve(pkgDir(pkg), 'unicode.json'), 'utf8')))
      .filter(([key]) => !SKIP_SLICES.has(key))
      .map(([key, spec]) => ({ slice: key.replace(/^\[(\d+)\]$/, '$1'), ranges: ranges(spec) })),
  ]),
);
const inPkg = (pkg, cp) => slicesOf[pkg].some((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
// What Source Sans 3 draws (its latin slice, src/build/fonts.mjs) needs no Noto.
const latin = ranges(JSON.parse(readFileSync(resolve(root, 'node_modules/@fontsource/source-sans-3/unicode.json'), 'utf8')).latin);
const beyondLatin = (cp) => !latin.some(([a, b]) => cp >= a && cp <= b);
const charsOf = (text) => [...new Set([...text].map((c) => c.codePointAt(0)).filter(beyondLatin))];

// Each language's own characters go to its own family. The language names the dialog lists
// on every page (日本語, 中文（简体）, ภาษาไทย) go to that language's family, and anything
// else a page writes outside its own script to the first family that has it.
const wanted = Object.fromEntries(Object.values(LANG_FONTS).map(({ pkg }) => [pkg, new Set()]));
const en = readFileSync(resolve(root, 'src/i18n/en.ts'), 'utf8');
const perLang = Object.fromEntries(
  ALL_LANGS.map((lang) => [lang, charsOf(texts(JSON.parse(readFileSync(resolve(root, `data/i18n/${lang}.json`), 'utf8'))).join(''))]),
);
perLang.en = charsOf(en);
// What the page writes through Intl rather than from the files: month and weekday names,
// eras (พ.ศ.), compact sums (85億ドル, 85亿美元), lists and percentages, in every calendar.
const INTL = { ja: ['ja-JP'], 'zh-Hans': ['zh-Hans-CN'], th: ['th-TH', 'th-TH-u-ca-gregory'], ms: ['ms-MY'] };
for (const [lang, locales] of Object.entries(INTL)) {
  let text = '';
  for (const locale of locales) {
    for (let m = 0; m < 12; m++)
      for (let d = 1; d <= 7; d++) {
        const date = new Date(Date.UTC(2025, m, d));
        for (const o of [
          { dateStyle: 'full' },
          { dateStyle: 'long' },
          { dateStyle: 'medium' },
          { month: 'long', year: 'numeric' },
          { month: 'short' },
          { year: 'numeric', era: 'short' },
        ])
          text += new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }).format(date);
      }
    for (const n of [0.5, 7, 1234, 12_345, 110_000, 2_200_000, 8_500_000_000, 550_000_000_000])
      for (const o of [
        {},
        { notation: 'compact' },
        { notation: 'compact', compactDisplay: 'long' },
        { style: 'percent' },
        { style: 'currency', currency: 'USD', notation: 'compact' },
        { style: 'currency', currency: 'USD', currencyDisplay: 'name', notation: 'compact' },
        { style: 'unit', unit: 'kilogram' },
      ])
        text += new Intl.NumberFormat(locale, o).format(n);
    for (const type of ['conjunction', 'disjunction']) text += new Intl.ListFormat(locale, { type }).format(['a', 'b', 'c']);
  }
  perLang[lang] = [...new Set([...perLang[lang], ...charsOf(text)])];
}
for (const [lang, { pkg }] of Object.entries(LANG_FONTS)) {
  for (const cp of perLang[lang]) if (inPkg(pkg, cp)) wanted[pkg].add(cp);
  const name = new RegExp(`'lang\\.${lang}': '([^']*)'`).exec(en)?.[1] ?? '';
  for (const cp of charsOf(name)) if (inPkg(pkg, cp)) wanted[pkg].add(cp);
}
const unplaced = [];
for (const cps of Object.values(perLang))
  for (const cp of cps) {
    if (Object.values(wanted).some((set) => set.has(cp))) continue;
    const home = Object.values(LANG_FONTS).find(({ pkg }) => inPkg(pkg, cp));
    if (home) wanted[home.pkg].add(cp);
    else if (!unplaced.includes(cp)) unplaced.push(cp);
  }

for (const [lang, { pkg, family, weights, whole }] of Object.entries(LANG_FONTS)) {
  const covered = [];
  let bytes = 0;
  let gz = 0;
  let files = 0;
  for (const { slice, ranges: rs } of slicesOf[pkg]) {
    const needed = [...wanted[pkg]].filter((cp) => rs.some(([a, b]) => cp >= a && cp <= b)).sort((a, b) => a - b);
    if (needed.length === 0) continue;
    const cps = whole ? rs.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)) : needed;
    for (const weight of weights) {
      const source = readFileSync(resolve(pkgDir(pkg), `files/${pkg}-${slice}-${weight}-normal.woff2`));
      const subset = whole ? source : await subsetFont(source, String.fromCodePoint(...cps), { targetFormat: 'woff2' });
      const name = `${pkg}-${slice}-${weight}.woff2`;
      writeFileSync(resolve(outDir, name), subset);
      bytes += subset.length;
      gz += gzipSync(subset).length;
      files++;
      css.push(
        `@font-face { font-family: '${family}'; font-style: normal; font-weight: ${weight}; font-display: swap; src: url('/fonts/lang/${name}') format('woff2'); unicode-range: ${unicodeRange(cps)}; }`,
      );
    }
    covered.push(...cps);
  }
  coverage[lang] = String.fromCodePoint(...covered.sort((a, b) => a - b));
  report.push(`${lang}: ${covered.length} characters in ${family}, ${files} files, ${(bytes / 1024).toFixed(1)} KB (${(gz / 1024).toFixed(1)} KB gzip)`);
  copyFileSync(resolve(pkgDir(pkg), 'LICENSE'), resolve(outDir, `${pkg}.LICENSE.txt`));
}
if (unplaced.length) report.push(`in no story font (Source Sans 3 or the system draws them): ${String.fromCodePoint(...unplaced)}`);
writeFileSync(cssFile, `${css.join('\n')}\n`);
writeFileSync(resolve(outDir, 'coverage.json'), `${JSON.stringify(coverage, null, 1)}\n`);
console.log(report.join('\n'));
