import type { StoryEvent } from '../data/types.ts';
import { chinaControls, dealsInForce } from './selectors.ts';
import { formatLongDate } from '../time/dates.ts';

// The words a screen reader hears about the map. Pure: (events, date) in, text out.

/** What the live region says when the story reaches an event: "28 October 2025: US–Japan framework signed." */
export function eventAnnouncement(event: StoryEvent): string {
  return `${formatLongDate(event.date)}: ${withStop(event.title)}`;
}

/**
 * What the map shows at `date`, in two or three sentences: the US deals drawn (partner and
 * signing date) and the latest step in China's export controls. Titles and dates are the
 * story's own (data/events.json).
 */
export function mapSummary(events: readonly StoryEvent[], date: string, partyName: (id: string) => string, origin: string | null = null): string {
  const deals = dealsInForce(events, date);
  const controls = chinaControls(events, date);
  const head = `The map at ${formatLongDate(date)}.`;
  const dealText =
    deals.length === 0
      ? 'No US critical-minerals deal has been signed yet.'
      : `US deals signed, ${deals.length}, drawn as lines${origin ? ` from ${origin}` : ''}: ${listOf(deals.map((e) => `${partyName(e.deal!.partner)} (${formatLongDate(e.date)})`))}.`;
  const controlText = controls
    ? `China’s export controls, latest step (${formatLongDate(controls.date)}): ${withStop(controls.title)}`
    : 'No Chinese export-control step in the story has been reached yet.';
  return `${head} ${dealText} ${controlText}`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function withStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
