import type { StoryData } from '../data/types';
import type { BasemapGeoJSON } from '../basemap/basemap';
import type { Theme } from '../theme/theme';

/** What a still needs from the page: the story, and the basemap once it has loaded. */
export interface StillSource {
  readonly data: StoryData;
  readonly basemap: () => Promise<BasemapGeoJSON>;
  /** The theme the page shows now: downloads follow it (print stays light). Light without it. */
  readonly theme?: () => Theme;
}
