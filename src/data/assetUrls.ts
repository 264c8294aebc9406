// Where the data files are, relative to the page. A build gives each a content-hashed name
// (data/events.3f2a9c1b7d.json), so a corrected file has a new URL and no cache serves
// the old one; the Vite plugin (src/build/storyDataPlugin.ts) defines __STORY_ASSETS__ with those names.
// In dev and in unit tests nothing is defined and the plain names below are used.
import type { DataFileName } from './schema';

export interface AssetUrls {
  readonly data: Readonly<Record<DataFileName, string>>;
  readonly basemap: string;
  readonly csv: { readonly events: string; readonly production: string };
  /** The translations, data/i18n/<lang>.json (src/build/translations.ts); absent: the plain names. */
  readonly i18n?: Readonly<Record<string, string>>;
}

export const PLAIN_ASSET_URLS: AssetUrls = {
  data: { events: 'data/events.json', parties: 'data/parties.json', production: 'data/production.json', story: 'data/story.json' },
  basemap: 'basemap/world.topo.json',
  csv: { events: 'data/events.csv', production: 'data/production.csv' },
};

declare const __STORY_ASSETS__: AssetUrls | undefined;

export const ASSET_URLS: AssetUrls = typeof __STORY_ASSETS__ === 'undefined' ? PLAIN_ASSET_URLS : __STORY_ASSETS__;
