import type { StoryEvent } from '../data/types';
import type { ViewState } from './store';

// Pure derivations from (events, view state). Events are sorted by date, then story order.

/** US deals signed on or before `date`: the arcs on the map. */
export function dealsInForce(events: readonly StoryEvent[], date: string): StoryEvent[] {
  return events.filter((e) => e.deal !== undefined && e.date <= date);
}

/** The latest event on or before `date` (the last of several on the same day), or null. */
export function latestEvent(events: readonly StoryEvent[], date: string): StoryEvent | null {
  let found: StoryEvent | null = null;
  for (const e of events) if (e.date <= date) found = e;
  return found;
}

/** The event whose card is shown: the reader's choice, else the latest one reached. */
export function currentEvent(events: readonly StoryEvent[], state: Pick<ViewState, 'date' | 'selectedId'>): StoryEvent | null {
  if (state.selectedId !== null) {
    const chosen = events.find((e) => e.id === state.selectedId);
    if (chosen) return chosen;
  }
  return latestEvent(events, state.date);
}

/**
 * A step in China's export controls: a control, its suspension or the end date of a
 * suspension (one marker shows the latest). A US measure of the same kind (the pause of the
 * Affiliates Rule) is not China's and keeps a marker of its own.
 */
export function isControlStep(e: StoryEvent): boolean {
  return (e.kind === 'export-control' || e.kind === 'suspension' || e.kind === 'pause-end') && e.parties[0] !== 'US';
}

/** China's export-control position at `date`: the latest control or suspension event. */
export function chinaControls(events: readonly StoryEvent[], date: string): StoryEvent | null {
  let found: StoryEvent | null = null;
  for (const e of events) if (e.date <= date && isControlStep(e)) found = e;
  return found;
}

/** Context events (not US deals) reached by `date`, for the map's event markers. */
export function contextEventsUpTo(events: readonly StoryEvent[], date: string): StoryEvent[] {
  return events.filter((e) => e.deal === undefined && e.date <= date);
}

/** A deal not yet signed at `date` (for the card: "signed later"). */
export function isInForce(event: StoryEvent, date: string): boolean {
  return event.date <= date;
}

/**
 * The event one step before or after the current one in story order. Between two events,
 * "previous" returns to the one just passed.
 */
export function stepEvent(events: readonly StoryEvent[], state: Pick<ViewState, 'date' | 'selectedId'>, direction: 1 | -1): StoryEvent | null {
  const current = currentEvent(events, state);
  if (current === null) return direction === 1 ? (events[0] ?? null) : null;
  const index = events.indexOf(current);
  if (direction === -1 && state.selectedId === null && current.date < state.date) return current;
  return events[index + direction] ?? null;
}
