import { wrapText } from './wrapText.ts';

/** The event label's size, shared by the live map (app.css .event-marker .marker-label) and the stills. */
export const EVENT_LABEL_SIZE = 12;
const COLUMN = 190;
const LEADING = 1.15;

export interface LabelLine {
  readonly text: string;
  /** Offset from the marker, in pixels: the column ends 12 px left of it, its last line 10 px above. */
  readonly x: number;
  readonly y: number;
}

/**
 * The current event's title as a short column above and left of its marker (text-anchor
 * end): over the land north-west of China rather than across the deal lines that leave it
 * eastwards. One rule for the live overlay and the still images.
 */
export function eventLabelLines(title: string, size = EVENT_LABEL_SIZE): LabelLine[] {
  const lines = wrapText(title, size, COLUMN, 0.53);
  const top = -10 - (lines.length - 1) * size * LEADING;
  return lines.map((text, i) => ({ text, x: -12, y: Math.round((top + i * size * LEADING) * 10) / 10 }));
}
