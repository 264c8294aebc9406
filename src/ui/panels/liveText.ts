import { afterPaint, whenStill } from '../../dom/afterPaint';
import type { View } from '../../state/deriveView';
import type { ViewState, ViewStore } from '../../state/store';

export interface LiveTextOptions {
  /** The derived view (src/state/deriveView.ts): its summary and announcement texts. */
  readonly view: (state: ViewState) => View;
  /** How long the story must rest on an event before it is announced (ms). */
  readonly announceAfter?: number;
  /** The range input whose aria-valuetext already reads the event when it is focused. */
  readonly slider?: () => HTMLElement | null;
  /**
   * True when the latest change is not to be announced: in an embed, one the host page made
   * (a scroll-driven article's paragraph already says what its step shows). The summary
   * still follows, for a reader who goes to the map.
   */
  readonly quiet?: () => boolean;
}

/**
 * Keeps the map's text alternative current: `summary` (the map's aria-describedby) says
 * what is drawn at the date; `announcer` (a polite live region) says each event once, when
 * the story reaches it, never each day of playback. Nothing is announced on load.
 */
export function mountLiveText(announcer: HTMLElement, summary: HTMLElement, store: ViewStore, o: LiveTextOptions): () => void {
  const describe = (text: string) => {
    summary.textContent = text;
  };
  describe(o.view(store.getState()).summary);
  // Both wait: the summary until the change is painted, the announcement until the reader
  // stops on an event (dragging across three events announces the one they stop at).
  const paint = afterPaint();
  const still = whenStill(o.announceAfter ?? 400);
  const stopSummary = store.subscribe(
    (s) => o.view(s).summary,
    (text) => paint.schedule(() => describe(text)),
  );
  const stopAnnounce = store.subscribe(
    (s) => o.view(s).current,
    (event) =>
      still.schedule(() => {
        if (!event || o.view(store.getState()).current !== event) return;
        if (o.quiet?.()) return;
        // The slider's own value text already reads "date: event" when it lands on the day.
        const slider = o.slider?.();
        if (slider && document.activeElement === slider && store.getState().date === event.date) return;
        announcer.textContent = o.view(store.getState()).announcement ?? '';
      }),
  );
  return () => {
    stopSummary();
    stopAnnounce();
    paint.cancel();
    still.cancel();
  };
}
