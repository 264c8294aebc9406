// The sizes of the stills the build renders (src/build/buildImages.ts); the page links the
// embed's fallback image from the snippet, so the sizes live on the browser's side.

/** The link-preview image: 1,200 × 630 (Open Graph's and X's large card, 1.91:1). */
export const SOCIAL_IMAGE = { fileName: 'social.png', width: 1200, height: 630 } as const;
/** The embed's first view for places that strip iframes: an article column's width, 4:3. */
export const EMBED_FALLBACK_IMAGE = { fileName: 'embed-fallback.png', width: 640, height: 480 } as const;
/** The same in the dark theme, for snippets with theme=dark (and theme=auto, by prefers-color-scheme). */
export const EMBED_FALLBACK_DARK_IMAGE = { fileName: 'embed-fallback-dark.png', width: 640, height: 480 } as const;
