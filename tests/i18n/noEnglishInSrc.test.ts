// Every word a reader sees or hears comes from the message catalogue (src/i18n/en.ts and its
// translations) or the story's data: no English prose is left as a string literal in src/.
import { describe, expect, test } from 'vitest';
import { englishLiterals, readLiterals, tsFiles } from './englishLiterals';

/** Files whose English is for developers, data editors or the build, never for the reader. */
const ENGLISH_FILES: Readonly<Record<string, string>> = {
  'src/i18n/en.ts': 'the English catalogue itself',
  'src/i18n/figures.ts': 'build errors about a translation',
  'src/i18n/validateTranslation.ts': 'build errors about a translation',
  'src/i18n/loadTranslation.ts': 'console warnings',
  'src/state/urlCodec.ts': 'console warnings about the address',
  'src/data/schema.ts': 'data-file errors for the story editor (the build)',
  'src/data/validate.ts': 'data-file errors for the story editor (the build)',
  'src/data/labelsSchema.ts': 'data-file errors for the story editor (the build)',
  'src/data/parts.ts': 'data-file errors for the story editor (the build)',
  'src/data/load.ts': 'the technical detail under the translated error heading',
  'src/basemap/loadBasemap.ts': 'error details for the console',
  'src/time/dates.ts': 'English dates of the CSV downloads and build pages',
  'src/time/checkedLine.ts': 'the CSV downloads and the example article (English)',
  'src/security/csp.ts': 'the Content-Security-Policy',
};

/** Literals that look like words but are names or tokens. */
const NOT_WORDS = new Set([
  'Feature',
  'Polygon',
  'Point',
  'Topology',
  'Enter',
  'Home',
  'End',
  'Escape',
  'Natural Earth',
  'noopener noreferrer',
  'Source Sans 3 Regular',
  'Source Sans 3 Bold',
  "'Source Sans 3', 'Source Sans Pro', system-ui, sans-serif",
  'critical-minerals basemap',
  // svgGroup(className)
  'flows-layer flows-layer-lines',
  // markup between attribute values in the snippet
  '"><img src="',
]);

const isBuild = (f: string) => f.startsWith('src/build/');

describe('src/ has no English for readers outside the catalogue', () => {
  test('every user-facing string goes through src/i18n/en.ts', () => {
    const files = tsFiles('src').filter((f) => !isBuild(f) && !Object.hasOwn(ENGLISH_FILES, f));
    const left = files.flatMap(readLiterals).filter((l) => !NOT_WORDS.has(l.text) && !/^@font-face/.test(l.text));
    expect(left.map((l) => `${l.file}:${l.line} ${JSON.stringify(l.text)}`)).toEqual([]);
  });

  test('the check finds English in an h() child, an aria-label and a template', () => {
    const found = englishLiterals(
      'x.ts',
      "h('button', { 'aria-label': 'Close the card' }, 'Show as table'); el.textContent = `Status at \u0024{d}.`; const k = { class: 'swatch swatch-flow' };",
    );
    expect(found.map((l) => l.text)).toEqual(['Close the card', 'Show as table', 'Status at ']);
  });

  test('the check passes console messages, thrown errors, class lists and key names', () => {
    const found = englishLiterals(
      'x.ts',
      "console.warn('Could not load it'); throw new Error('Bad thing here'); if (e.key === 'Enter') {} sel.attr('class', 'flow is-active'); sel.on('pointerenter focus', f);",
    );
    expect(found).toEqual([]);
  });
});
