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
 * disclosure. Sentences are found by Intl.Segmenter, so "US$8.5 bn" or "No. 61" do not end
 * one; without it the whole text is the lede. A first sentence too long for a phone card
 * is cut at its first colon or semicolon and ends in an ellipsis; the details then repeat
 * the whole summary, so no sentence is read in pieces. Nothing is ever dropped.
 */
export function splitLede(text: string): Lede {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return { lede: text.trim(), rest: '' };
  const sentences = [...new Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  const first = sentences[0]?.trim() ?? '';
  if (first.length > LONG_SENTENCE) {
    const cut = first.slice(MIN_CLAUSE).search(/[:;]\s/);
    if (cut >= 0) return { lede: `${first.slice(0, MIN_CLAUSE + cut).trimEnd()} …`, rest: text.trim() };
  }
  let take = Math.min(1, sentences.length);
  if (sentences.length > 1 && first.length < SHORT_SENTENCE) take = 2;
  return { lede: sentences.slice(0, take).join('').trim(), rest: sentences.slice(take).join('').trim() };
}
