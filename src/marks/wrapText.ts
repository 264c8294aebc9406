/**
 * Greedy line breaking at spaces for SVG text, which does not wrap by itself. Widths are
 * estimated at `em` × the font size per character (0.5 suits Source Sans 3 regular, 0.53
 * bold): slightly generous, so a line is never wider than `maxWidth` in practice.
 */
export function wrapText(value: string, fontSize: number, maxWidth: number, em = 0.5): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= perLine) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
