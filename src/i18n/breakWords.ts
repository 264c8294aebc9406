// Thai writes no spaces between words, so a line may only break where a dictionary says a
// word ends. Browsers do that for HTML text, but the SVG map, the still images and our own
// line wrapping (src/marks/wrapText.ts) break only at spaces: a zero-width space at each
// word boundary (Intl.Segmenter) gives all of them the same break points. Other languages
// are returned as they are (Japanese and Chinese may break between any two characters).
import type { Lang } from './languages.ts';

export const ZWSP = '\u200b';

export function breakWords(text: string, lang: Lang): string {
  if (lang !== 'th') return text;
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return text;
  let out = '';
  let prevThai = false;
  for (const { segment } of new Segmenter('th', { granularity: 'word' }).segment(text)) {
    const thai = /[\u0e00-\u0e7f]/.test(segment);
    if (thai && prevThai && !out.endsWith(ZWSP)) out += ZWSP;
    out += segment;
    prevThai = thai;
  }
  return out;
}
