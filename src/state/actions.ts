import type { StoryEvent } from '../data/types.ts';
import type { ViewStore } from './store.ts';
import { stepEvent } from './selectors.ts';

// Actions are plain functions: each computes a new state object and sets it once.

/** Moves the timeline to `date`; the card then follows the date, not an earlier choice. */
export function setDate(store: ViewStore, date: string): void {
  const s = store.getState();
  if (s.date === date && s.selectedId === null) return;
  store.setState({ date, selectedId: null });
}

/** Selects an event and, if it lies after the current date, moves the date to it. */
export function selectEvent(store: ViewStore, event: StoryEvent): void {
  const s = store.getState();
  store.setState({ selectedId: event.id, date: event.date > s.date ? event.date : s.date });
}

/** Moves to an event: its date and its card (previous/next, Home/End, the table). */
export function goToEvent(store: ViewStore, event: StoryEvent): void {
  store.setState({ selectedId: event.id, date: event.date });
}

export function step(store: ViewStore, events: readonly StoryEvent[], direction: 1 | -1): StoryEvent | null {
  const target = stepEvent(events, store.getState(), direction);
  if (target) goToEvent(store, target);
  return target;
}

export function clearSelection(store: ViewStore): void {
  if (store.getState().selectedId !== null) store.setState({ selectedId: null });
}

export function setHover(store: ViewStore, id: string | null): void {
  if (store.getState().hoverId !== id) store.setState({ hoverId: id });
}

export function setPlaying(store: ViewStore, playing: boolean): void {
  if (store.getState().playing !== playing) store.setState({ playing });
}
