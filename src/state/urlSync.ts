import type { ViewStore } from './store';
import { encodeUrl } from './urlCodec';

/** How long the view must rest before the address follows it (ms). */
const SETTLE_MS = 200;

/**
 * Keeps the address bar in step with the view by replaceState: the URL reproduces what is
 * on screen once the reader rests (not on every day of a drag: a history call per input
 * event costs the scrub its frame, and browsers throttle long runs of them), and moving
 * through the story adds no history entries.
 */
export interface UrlSync {
  /** Writes a pending change now: before a reload, so the reader's place survives it. */
  flush(): void;
  stop(): void;
}

export function urlSync(store: ViewStore, location: Location, history: History): UrlSync {
  const write = ({ date, selectedId }: { date: string; selectedId: string | null }) => {
    const search = encodeUrl(location.search, { date, deal: selectedId });
    if (search === location.search) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Some sandboxed frames refuse history changes; the view still works without them.
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = store.subscribe(
    (s) => ({ date: s.date, selectedId: s.selectedId }),
    (view) => {
      clearTimeout(timer);
      timer = setTimeout(() => write(view), SETTLE_MS);
    },
    { equalityFn: (a, b) => a.date === b.date && a.selectedId === b.selectedId },
  );
  return {
    flush() {
      clearTimeout(timer);
      write(store.getState());
    },
    stop() {
      stop();
      clearTimeout(timer);
    },
  };
}
