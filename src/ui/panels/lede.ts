/** About two lines of a phone-width card: a first sentence shorter than this takes the next one too. */
const SHORT_SENTENCE = 80;
/** About four lines of a phone-width card: a longer first sentence is cut at a colon or semicolon. */
const LONG_SENTENCE = 170;
/** A clause shorter than this is too little to stand alone. */
const MIN_CLAUSE = 60;

export interface Lede {
  /** What the compact card shows: one or two sentences, or a long sentence's first clause. */
  readonly lede: string;
  /** What its details add. The whole summary when the lede cut a sentence short. */
  readonly rest: string;
}

/**
 * Splits a summary into its lede (the first sentence, or the first two when the first is
 * short) and the rest, for a card that shows the lede and keeps the rest behind a
 * disclosure, in the page's language `lang`. Sentences are found by Intl.Segmenter (Thai's by
 * the spaces that end them), so "US$8.5 bn" or "No. 61" do not end
 * one; without it the whole text is the lede. A first sentence too long for a phone card
 * is cut at its first colon or semicolon and ends in an ellipsis; the details then repeat
 * the whole summary, so no sentence is read in pieces. Nothing is ever dropped.
 */
export function splitLede(text: string, lang = 'en'): Lede {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return { lede: text.trim(), rest: '' };
  if (lang === 'th') return thaiLede(text);
  const sentences = [...new Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  // Japanese and Chinese characters are about twice as wide as Latin letters: half as many fill the lines.
  const width = (s: string) => (/[\u3040-\u30ff\u3400-\u9fff]/.test(s) ? s.length * 2 : s.length);
  const first = sentences[0]?.trim() ?? '';
  if (width(first) > LONG_SENTENCE) {
    const cut = first.slice(MIN_CLAUSE / (width(first) / first.length)).search(/[:;]\s|[：；]/);
    const at = MIN_CLAUSE / (width(first) / first.length) + cut;
    if (cut >= 0) return { lede: `${first.slice(0, at).trimEnd()} …`, rest: text.trim() };
  }
  let take = Math.min(1, sentences.length);
  if (sentences.length > 1 && width(first) < SHORT_SENTENCE) take = 2;
  const join = (parts: string[]) => parts.join('').trim();
  return { lede: join(sentences.slice(0, take)), rest: join(sentences.slice(take)) };
}

/**
 * Thai ends a sentence with a space and no stop, and spaces also part names and clauses, so
 * sentences cannot be told apart: the lede is the space-separated runs up to the length of a
 * short English lede (Thai's vowel and tone marks take no width of their own).
 */
function thaiLede(text: string): Lede {
  const runs = text.trim().split(/(?<= )(?=\S)/);
  const letters = (s: string) => s.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]/g, '').length;
  let take = 0;
  let length = 0;
  while (take < runs.length && length < SHORT_SENTENCE) {
    length += letters(runs[take]!);
    take += 1;
  }
  return { lede: runs.slice(0, take).join('').trim(), rest: runs.slice(take).join('').trim() };
}
