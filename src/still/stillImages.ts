import type { StoryData } from '../data/types';

/** A still the build renders to PNG, next to index.html. */
export interface BuildImage {
  readonly fileName: string;
  readonly date: string;
  readonly deal: string | null;
  readonly width: number;
  readonly height: number;
}

/** The link-preview image: 1,200 × 630 (Open Graph's and X's large card, 1.91:1). */
export const SOCIAL_IMAGE = { fileName: 'social.png', width: 1200, height: 630 } as const;
/** The embed's first view for places that strip iframes: an article column's width, 4:3. */
export const EMBED_FALLBACK_IMAGE = { fileName: 'embed-fallback.png', width: 640, height: 480 } as const;

/**
 * What the build renders: the story's final state (the last event's date, no deal) for
 * link previews, and the embed's first view (the story's default date, no deal).
 */
export function buildImages(data: StoryData): BuildImage[] {
  const last = data.events.at(-1)?.date ?? data.story.defaultDate;
  return [
    { ...SOCIAL_IMAGE, date: last, deal: null },
    { ...EMBED_FALLBACK_IMAGE, date: data.story.defaultDate, deal: null },
  ];
}
