import type { StoryData } from '../data/types.ts';
import { EMBED_FALLBACK_DARK_IMAGE, EMBED_FALLBACK_IMAGE, SOCIAL_IMAGE } from '../still/stillImages.ts';
import type { Theme } from '../theme/theme.ts';

/** A still the build renders to PNG, next to index.html. */
export interface BuildImage {
  readonly fileName: string;
  readonly date: string;
  readonly deal: string | null;
  readonly width: number;
  readonly height: number;
  /** Light unless said. */
  readonly theme?: Theme;
}

/**
 * What the build renders: the story's final state (the last event's date, no deal) for
 * link previews, and the embed's first view (the story's default date, no deal), light and dark.
 */
export function buildImages(data: StoryData): BuildImage[] {
  const last = data.events.at(-1)?.date ?? data.story.defaultDate;
  return [
    { ...SOCIAL_IMAGE, date: last, deal: null },
    { ...EMBED_FALLBACK_IMAGE, date: data.story.defaultDate, deal: null },
    { ...EMBED_FALLBACK_DARK_IMAGE, date: data.story.defaultDate, deal: null, theme: 'dark' },
  ];
}
