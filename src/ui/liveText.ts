import type { StoryEvent } from '../data/types';
import type { ViewStore } from '../state/store';
import { currentEvent } from '../state/selectors';
import { eventAnnouncement, mapSummary } from './announcements';

export interface LiveTextOptions {
  readonly events: readonly StoryEvent[];
  readonly partyName: (id: string) => string;
  /** The range input whose aria-valuetext already reads the event when it is focused. */
  readonly slider?: () => HTMLElement | null;
}

/**
 * Keeps the map's text alternative current: `summary` (the map's aria-describedby) says
 * what is drawn at the date; `announcer` (a polite live region) says each event once, when
 * the story reaches it, never each day of playback. Nothing is announced on load.
 */
export function mountLiveText(announcer: HTMLElement, summary: HTMLElement, store: ViewStore, o: LiveTextOptions): () => void {
  const describe = (date: string) => { summary.textContent = mapSummary(o.events, date, o.partyName); };
  describe(store.getState().date);
  const stopSummary = store.subscribe((s) => s.date, describe);
  const stopAnnounce = store.subscribe(
    (s) => currentEvent(o.events, s)?.id ?? null,
    (id) => {
      const event = o.events.find((e) => e.id === id);
      if (!event) return;
      // The slider's own value text already reads "date: event" when it lands on the day.
      const slider = o.slider?.();
      if (slider && document.activeElement === slider && store.getState().date === event.date) return;
      announcer.textContent = eventAnnouncement(event);
    },
  );
  return () => {
    stopSummary();
    stopAnnounce();
  };
}
