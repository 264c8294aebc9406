import type { StoryEvent, Party } from '../data/types';
import type { ViewStore } from '../state/store';
import { dealsInForce } from '../state/selectors';

/** Whatever draws the map (MapLibre or the SVG fallback, src/renderer/storyMap.ts). */
export interface LabelTarget {
  /** Hides the basemap labels of these ISO numeric ids (all others shown). */
  hideLabels(ids: readonly string[]): void;
}

/**
 * Hides the basemap's country label where a marker already names the place: each partner
 * of a deal in force, and the United States once Washington's origin marker is drawn, so
 * "Japan" is not written twice, on top of itself, once the US–Japan deal is drawn.
 */
export function labelController(map: LabelTarget, store: ViewStore, events: readonly StoryEvent[], parties: readonly Party[]): () => void {
  const iso = new Map(parties.map((p) => [p.id, p.iso]));
  const apply = (key: string) => {
    const hidden = key === '' ? [] : key.split(',');
    map.hideLabels(hidden);
  };
  const hiddenIsos = (date: string) =>
    [...new Set(dealsInForce(events, date).flatMap((e) => e.parties.map((p) => iso.get(p))))]
      .filter((v): v is string => typeof v === 'string')
      .sort()
      .join(',');
  apply(hiddenIsos(store.getState().date));
  return store.subscribe((s) => hiddenIsos(s.date), apply);
}
