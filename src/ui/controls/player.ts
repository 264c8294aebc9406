import type { StoryEvent } from '../../data/types';
import type { ViewStore } from '../../state/store';
import { goToEvent, setDate, setPlaying } from '../../state/actions';
import type { StoryTimeScale } from '../../time/storyTimeScale';
import { stepEvent } from '../../state/selectors';
import { addDays } from '../../time/dates';

export interface PlayerOptions {
  readonly events: readonly StoryEvent[];
  readonly scale: StoryTimeScale;
  /** Whole story, excluding pauses, in ms. */
  readonly duration?: number;
  /** How long to hold on each event, ms. */
  readonly hold?: number;
}

/**
 * Plays the story: the date moves at a steady pace along the timeline (so quiet months
 * pass quickly), stops on every event for `hold` ms, and stops at the end. Runs only while
 * `playing` is true and the tab is visible.
 */
export function mountPlayer(store: ViewStore, o: PlayerOptions): () => void {
  const duration = o.duration ?? 14_000;
  const hold = o.hold ?? 1_800;
  const tickMs = 60;
  let timer: ReturnType<typeof setTimeout> | null = null;

  function tick(): void {
    timer = null;
    const s = store.getState();
    if (!s.playing || document.hidden) return;
    const next = stepEvent(o.events, s, 1);
    if (!next) {
      setPlaying(store, false);
      return;
    }
    const position = o.scale(s.date) + tickMs / duration;
    let date = o.scale.invert(position);
    if (date <= s.date) date = addDays(s.date, 1);
    if (date >= next.date) {
      // Land on each event, one at a time even when two share a day, and hold there.
      goToEvent(store, next);
      timer = setTimeout(tick, hold);
    } else {
      setDate(store, date);
      timer = setTimeout(tick, tickMs);
    }
  }

  function start(): void {
    const s = store.getState();
    const last = o.events.at(-1);
    if (last && s.date >= last.date) setDate(store, o.scale.start); // replay from the start
    if (timer === null) timer = setTimeout(tick, 400);
  }

  function stop(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  const unsubscribe = store.subscribe(
    (s) => s.playing,
    (playing) => (playing ? start() : stop()),
  );
  const onVisibility = () => {
    if (!document.hidden && store.getState().playing && timer === null) timer = setTimeout(tick, 200);
  };
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    stop();
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
