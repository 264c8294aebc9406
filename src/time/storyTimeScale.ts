import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { parseIsoDate, formatIsoDay } from './dates.ts';

export interface StoryTimeScale {
  /** ISO date → position in [0, 1] along the timeline. */
  (date: string): number;
  /** Position in [0, 1] → the nearest ISO date. */
  invert(position: number): string;
  /** First and last day of the timeline. */
  readonly start: string;
  readonly end: string;
}

/**
 * A piecewise-linear time scale for a story whose events bunch up: each stretch between
 * consecutive event dates gets room in proportion to its length in days, but no stretch
 * counts for more than `maxGapDays`. Half a year of quiet between April and October then
 * takes about as much room as a busy week in October, and events a day or two apart stay
 * far enough apart to tell and to hit, even on a phone.
 */
export function storyTimeScale(dates: readonly string[], maxGapDays = 10): StoryTimeScale {
  const days = [...new Set(dates.map(toDay))].sort((a, b) => a - b);
  if (days.length === 0) throw new RangeError('storyTimeScale: needs at least one date');
  if (days.length === 1) days.push(days[0]! + 1);
  const weights = [0];
  for (let i = 1; i < days.length; i++) weights.push(weights[i - 1]! + Math.min(days[i]! - days[i - 1]!, maxGapDays));
  const total = weights[weights.length - 1]!;
  const linear: ScaleLinear<number, number> = scaleLinear()
    .domain(days)
    .range(weights.map((w) => w / total))
    .clamp(true);
  const scale = ((date: string) => linear(toDay(date))) as StoryTimeScale;
  const first = days[0]!;
  const last = days[days.length - 1]!;
  scale.invert = (position: number) => {
    const day = Math.round(linear.invert(Math.max(0, Math.min(1, position))));
    return formatIsoDay(Math.max(first, Math.min(last, day)));
  };
  Object.assign(scale, { start: formatIsoDay(first), end: formatIsoDay(last) });
  return scale;
}

function toDay(date: string): number {
  const day = parseIsoDate(date);
  if (day === null) throw new RangeError(`storyTimeScale: not a calendar date: ${JSON.stringify(date)}`);
  return day;
}
