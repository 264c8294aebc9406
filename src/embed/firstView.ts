/** The frame's height before anything sizes it, and if a CMS strips the loader script: the first view's in a FALLBACK_WIDTH column. */
export const FALLBACK_HEIGHT = 703;
/** The column width FALLBACK_HEIGHT is the first view's height at (px). */
export const FALLBACK_WIDTH = 640;
