/**
 * Resolves once the page's first contentful paint has reached the screen (the browser
 * reports it at presentation, not when the frame is made), at once if it already has, or
 * after `timeoutMs` if given. Heavy work started before that (a WebGL map creating its
 * context and compiling its shaders, or a DOM change that makes the browser raster the page
 * again) holds that first frame up, on a software GL by seconds. A frame that is off screen
 * in a host page paints nothing until the reader scrolls to it: what must happen off screen
 * (an embed's layout, which reports its height) waits with a timeout. Where the browser
 * reports no paint timing, at once.
 */
export function firstPaintShown(timeoutMs = Number.POSITIVE_INFINITY): Promise<void> {
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint') || painted()) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver(() => {
      if (painted()) done();
    });
    const timer = Number.isFinite(timeoutMs) ? setTimeout(done, timeoutMs) : undefined;
    observer.observe({ type: 'paint', buffered: true });
  });
}
