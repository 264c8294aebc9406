/**
 * The names that the first view's markup (written at build by src/build/firstViewPicture.ts)
 * and the page's script (src/renderer/firstView.ts) share.
 */
export const FIRST_VIEW_IDS = {
  /** Classes of the basemap's paths (one per cell of the world), in drawing order. */
  land: 'fv-land',
  highlight: 'fv-highlight',
  borders: 'fv-borders',
  coastline: 'fv-coast',
  /** The basemap group that each world copy <use>s. */
  world: 'fv-world',
} as const;

/** The picture in the page's first view and in the embed's. */
export const FIRST_VIEW_PICTURE_IDS = { page: 'fv-page', embed: 'fv-embed' } as const;

/** Path coordinates are integers in this many world units (a tenth: a third of a pixel at the widest first view). */
export const FIRST_VIEW_UNIT = 0.1;
