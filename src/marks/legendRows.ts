import type { Legend } from '../data/types.ts';
/** The legend's optional rows (a US act, talks and meetings, a pause's end date), where the story words them. */
export function optionalItems(words: Legend | undefined): [swatch: 'us' | 'meeting' | 'pause-end', words: string][] {
  if (!words) return [];
  const rows: [swatch: 'us' | 'meeting' | 'pause-end', words: string | undefined][] = [
    ['us', words.us],
    ['meeting', words.meetings],
    ['pause-end', words.pauseEnd],
  ];
  return rows.filter((r): r is ['us' | 'meeting' | 'pause-end', string] => r[1] !== undefined);
}
