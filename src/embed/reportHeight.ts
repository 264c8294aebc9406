import { heightMessages, pymChildId } from './heightMessages';

/** A host (or public/embed.js) that attached its listener late asks for the height again. */
export const HEIGHT_REQUEST_TYPE = 'critical-minerals-map:get-height';

/**
 * Reports the content's height to the parent page whenever it changes, growing or
 * shrinking: on every resize of `content` (card opened or closed, width changed, table
 * shown), when the fonts have loaded and on window load. The height is the content's own
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
  void win.document.fonts?.ready.then(onChange);
  send();
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', onChange);
  };
}
