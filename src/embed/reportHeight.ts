import { heightMessages, pymChildId } from './heightMessages';

/** A host (or public/embed.js) that attached its listener late asks for the height again. */
export const HEIGHT_REQUEST_TYPE = 'critical-minerals-map:get-height';

/**
 * Reports the content's height to the parent page at once, then whenever it changes,
 * growing or shrinking: on every resize of `content` (card opened or closed, width
 * changed, table shown), when a disclosure opens or closes, when the fonts have loaded and
 * on window load. The first report is measured synchronously: Chromium runs no animation
 * frames, and so no ResizeObserver callbacks, in a cross-origin frame that is off screen,
 * and the host must know the height before the reader scrolls to the frame. The height is the content's own
 * bottom edge, not `documentElement.scrollHeight`, which never drops below the iframe's
 * current height and so could never shrink (pym.js #165). Returns an unmount function.
 *
 * Messages go to `window.parent` with targetOrigin '*': a height is not a secret and the
 * host's origin is unknown to us. Nothing is sent when the page is not framed.
 */
export function reportHeight(content: HTMLElement, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const pym = pymChildId(win.location.search);
  let last = -1;
  const measure = () => Math.ceil(content.getBoundingClientRect().bottom + win.scrollY);
  const send = (force = false) => {
    const height = measure();
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    for (const message of heightMessages(height, { pymChildId: pym })) win.parent.postMessage(message, '*');
  };
  const onChange = () => send();
  const observer = new ResizeObserver(onChange);
  observer.observe(content);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const data: unknown = event.data;
    if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST_TYPE) send(true);
  };
  win.addEventListener('message', onMessage);
  win.addEventListener('load', onChange);
  win.addEventListener('resize', onChange);
  // A disclosure opened or closed (<details> toggles, or a button's click handler, which
  // runs before this listener on the content): measured at once, without waiting for a frame.
  content.addEventListener('toggle', onChange, true);
  content.addEventListener('click', onChange);
  void win.document.fonts?.ready.then(onChange);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', onChange);
    win.removeEventListener('resize', onChange);
    content.removeEventListener('toggle', onChange, true);
    content.removeEventListener('click', onChange);
  };
}
