import type { ViewState, ViewStore } from '../state/store';

/**
 * Which of the view's changes the host page made (a `set` message) and which the reader made
 * inside the frame. Three things depend on it:
 * - the live region stays quiet for the host's changes: the article around the frame already
 *   says what its step is about (src/ui/panels/liveText.ts, `quiet`);
 * - the frame tells the host only about the reader's actions, never about changes the host
 *   made itself, so a host that answers an event with a `set` cannot loop (mountHostEvents);
 * - a host may ask its change to jump rather than fly (`motion: "jump"`), for that change only.
 */
export interface HostChanges {
  /** Runs a host command's actions with their changes marked as the host's. */
  asHost(apply: () => void, motion?: 'jump'): void;
  /** True while a host command is being applied (store listeners run inside it, synchronously). */
  applying(): boolean;
  /** True when the view's latest change (date, card or playback) was the host's. */
  lastByHost(): boolean;
  /** True when the host asked its latest change to jump, and the reader has changed nothing since. */
  jump(): boolean;
  stop(): void;
}

const viewKey = (s: ViewState) => `${s.date}|${s.selectedId ?? ''}|${s.playing}`;

export function trackHostChanges(store: ViewStore): HostChanges {
  let applying = false;
  let byHost = false;
  let jump = false;
  const stop = store.subscribe(viewKey, () => {
    byHost = applying;
    if (!applying) jump = false;
  });
  return {
    asHost(apply, motion) {
      applying = true;
      jump = motion === 'jump';
      try {
        apply();
      } finally {
        applying = false;
      }
    },
    applying: () => applying,
    lastByHost: () => byHost,
    jump: () => jump,
    stop,
  };
}
