import type { StoryData } from '../data/types';
import type { BasemapGeoJSON } from '../basemap/basemap';

/** What a still needs from the page: the story, and the basemap once it has loaded. */
export interface StillSource {
  readonly data: StoryData;
  readonly basemap: () => Promise<BasemapGeoJSON>;
}
