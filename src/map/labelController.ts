import type { StoryEvent, Party } from '../data/types';
import type { ViewStore } from '../state/store';
import { dealsInForce } from '../state/selectors';

/** Whatever draws the map (MapLibre or the SVG fallback, src/fallback/storyMap.ts). */
export interface LabelTarget {
  /** Hides the basemap labels of these ISO numeric ids (all others shown). */
  hideLabels(ids: readonly string[]): void;
}

/**
 * Hides the basemap's country label where a partner marker already names the country,
 * so "Japan" is not written twice, on top of itself, once the US–Japan deal is drawn.
 */
export function labelController(map: LabelTarget, store: ViewStore, events: readonly StoryEvent[], parties: readonly Party[]): () => void {
  const iso = new Map(parties.map((p) => [p.id, p.iso]));
  const apply = (key: string) => {
    const hidden = key === '' ? [] : key.split(',');
    map.hideLabels(hidden);
  };
  const hiddenIsos = (date: string) =>
    dealsInForce(events, date)
      .map((e) => (e.deal ? iso.get(e.deal.partner) : null))
      .filter((v): v is string => typeof v === 'string')
      .sort()
      .join(',');
  apply(hiddenIsos(store.getState().date));
  return store.subscribe((s) => hiddenIsos(s.date), apply);
}
