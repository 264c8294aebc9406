import type { ViewStore } from './store';
import { encodeUrl } from './urlCodec';

/**
 * Keeps the address bar in step with the view by replaceState: the URL always reproduces
 * what is on screen, and moving through the story adds no history entries.
 */
export function urlSync(store: ViewStore, location: Location, history: History): () => void {
  const write = ({ date, selectedId }: { date: string; selectedId: string | null }) => {
    const search = encodeUrl(location.search, { date, deal: selectedId });
    if (search === location.search) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // Some sandboxed frames refuse history changes; the view still works without them.
    }
  };
  return store.subscribe((s) => ({ date: s.date, selectedId: s.selectedId }), write, {
    equalityFn: (a, b) => a.date === b.date && a.selectedId === b.selectedId,
  });
}
