/**
 * Resolves once the page's first contentful paint has reached the screen (the browser
 * reports it at presentation, not when the frame is made), at once if it already has.
 * Heavy GPU work started before that (a WebGL map creating its context and compiling its
 * shaders) competes with the raster of that first frame, and on a software GL delays it by
 * seconds. Where the browser reports no paint timing, at once.
 */
export function firstPaintShown(): Promise<void> {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint') || painted()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver(() => {
      if (!painted()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}
