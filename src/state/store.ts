import { createStore } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';

/**
 * The view's inputs, and nothing that can be derived from them: which deals are in force,
 * the card, the camera and the URL are all selectors over this and the story data.
 */
export interface ViewState {
  /** The timeline's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The event the reader chose (marker, table, URL, prev/next), or null to follow the date. */
  readonly selectedId: string | null;
  /** The deal under the pointer or keyboard focus. */
  readonly hoverId: string | null;
  readonly playing: boolean;
}

export function createViewStore(initial: ViewState) {
  return createStore<ViewState>()(subscribeWithSelector(() => initial));
}

export type ViewStore = ReturnType<typeof createViewStore>;
