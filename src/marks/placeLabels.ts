export interface LabelCandidate {
  readonly id: string;
  readonly name: string;
  /** Story countries are placed first and win collisions, as in the MapLibre style. */
  readonly story: boolean;
  /** Centre in screen pixels. */
  readonly screen: readonly [number, number];
  /** Font size in pixels. */
  readonly size: number;
}

/**
 * Which country labels to draw: inside the view, story countries first, then the rest
 * where their box (estimated at 0.55 em per Latin or Thai letter and 1 em per Japanese or
 * Chinese character, Thai's vowel and tone marks taking none; 4 px padding, like the style's
 * text-padding) overlaps none already placed. Greedy and O(n²), for a few dozen labels.
 */
export function placeLabels<L extends LabelCandidate>(labels: readonly L[], view: { readonly width: number; readonly height: number }): L[] {
  const boxes: [number, number, number, number][] = [];
  const placed: L[] = [];
  const ordered = [...labels].sort((a, b) => Number(b.story) - Number(a.story));
  for (const l of ordered) {
    const halfW = (textEm(l.name) * l.size) / 2 + 4;
    const halfH = l.size / 2 + 4;
    const [x, y] = l.screen;
    const box: [number, number, number, number] = [x - halfW, y - halfH, x + halfW, y + halfH];
    if (box[2] < 0 || box[0] > view.width || box[3] < 0 || box[1] > view.height) continue;
    if (boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
    boxes.push(box);
    placed.push(l);
  }
  return placed;
}

/** The label sizes of the MapLibre style (src/basemap/style.ts): 12/11 px at zoom 1, 16/14 px at zoom 5. */
export function labelSize(story: boolean, zoom: number): number {
  const t = Math.max(0, Math.min(1, (zoom - 1) / 4));
  return Math.round((story ? 12 + 4 * t : 11 + 3 * t) * 10) / 10;
}

/** About how many em a name is wide, in any of the story's scripts. */
function textEm(name: string): number {
  let em = 0;
  for (const ch of name) {
    if (/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b]/.test(ch)) continue;
    em += /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55;
  }
  return em;
}
