/**
 * Resolves once `el` is within one screen of the viewport (above, below or in it): the
 * moment to start MapLibre for a map the reader is about to see, and not before, for a frame
 * far down an article. An IntersectionObserver with a root margin of one viewport
 * (100%); where the browser has none, at once.
 *
 * In a cross-origin frame the browser applies no root margin (the frame may not learn where
 * it sits in the host page), so there it resolves when the map itself comes into view; the
 * SVG map is drawn and answers the reader until MapLibre has taken over.
 */
export function nearViewport(el: Element): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: '100% 0px 100% 0px' },
    );
    observer.observe(el);
  });
}
