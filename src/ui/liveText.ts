import type { View } from '../state/deriveView';
import type { ViewState, ViewStore } from '../state/store';

export interface LiveTextOptions {
  /** The derived view (src/state/deriveView.ts): its summary and announcement texts. */
  readonly view: (state: ViewState) => View;
  /** The range input whose aria-valuetext already reads the event when it is focused. */
  readonly slider?: () => HTMLElement | null;
}

/**
 * Keeps the map's text alternative current: `summary` (the map's aria-describedby) says
 * what is drawn at the date; `announcer` (a polite live region) says each event once, when
 * the story reaches it, never each day of playback. Nothing is announced on load.
 */
export function mountLiveText(announcer: HTMLElement, summary: HTMLElement, store: ViewStore, o: LiveTextOptions): () => void {
  const describe = (text: string) => { summary.textContent = text; };
  describe(o.view(store.getState()).summary);
  const stopSummary = store.subscribe((s) => o.view(s).summary, describe);
  const stopAnnounce = store.subscribe(
    (s) => o.view(s).current,
    (event) => {
      if (!event) return;
      // The slider's own value text already reads "date: event" when it lands on the day.
      const slider = o.slider?.();
      if (slider && document.activeElement === slider && store.getState().date === event.date) return;
      announcer.textContent = o.view(store.getState()).announcement ?? '';
    },
  );
  return () => {
    stopSummary();
    stopAnnounce();
  };
}
