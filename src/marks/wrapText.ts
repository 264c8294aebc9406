/**
 * Greedy line breaking for SVG text, which does not wrap by itself. Widths are estimated at
 * `em` × the font size per character (0.5 suits Source Sans 3 regular, 0.53 bold), a
 * full-width character (Japanese, Chinese) counting as a whole em: slightly generous, so a
 * line is never wider than `maxWidth` in practice. Lines break at spaces (kept as one
 * space), at zero-width spaces (Thai word boundaries, src/i18n/breakWords.ts; dropped), and
 * between two full-width characters, but never before closing punctuation (、。）」) or
 * after opening punctuation (（「).
 */
export function wrapText(value: string, fontSize: number, maxWidth: number, em = 0.5): string[] {
  const perLine = Math.max(8, maxWidth / (fontSize * em));
  const lines: string[] = [];
  let line = '';
  for (const { text, gap } of tokens(value)) {
    if (line === '') line = text;
    else if (width(line) + width(gap) + width(text) <= perLine) line += gap + text;
    else {
      lines.push(line);
      line = text;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const NO_BREAK_BEFORE = /^[、。，．・：；？！）」』】〕〉》ー々〜）\]}]/;
const NO_BREAK_AFTER = /[（「『【〔〈《]$/;

/** Width in half-ems: 2 for a full-width character, 1 otherwise. */
function width(text: string): number {
  let w = 0;
  for (const c of text) w += WIDE.test(c) ? 2 : 1;
  return w;
}

/** The unbreakable pieces of `value`, each with what joins it to the piece before (' ' or ''). */
function tokens(value: string): { text: string; gap: string }[] {
  const out: { text: string; gap: string }[] = [];
  for (const word of value.split(/\s+/).filter(Boolean)) {
    word.split('\u200b').forEach((part, i) => {
      if (part === '') return;
      let gap = i === 0 ? ' ' : '';
      let run = '';
      const flush = () => {
        if (run === '') return;
        out.push({ text: run, gap });
        gap = '';
        run = '';
      };
      for (const c of part) {
        if (WIDE.test(c) && run !== '' && !NO_BREAK_BEFORE.test(c) && !NO_BREAK_AFTER.test(run)) flush();
        else if (!WIDE.test(c) && run !== '' && WIDE.test(run.at(-1)!) && !NO_BREAK_AFTER.test(run) && !NO_BREAK_BEFORE.test(c)) flush();
        run += c;
      }
      flush();
    });
  }
  return out;
}
