import type { ViewStore } from '../state/store';
import type { HostChanges } from './hostChanges';
import { hostEvent, parentOrigin, type HostEventName } from './hostEvents';

/** How long the date must rest after the reader moves it before `date` is sent (ms). */
const DATE_REST_MS = 600;

/**
 * Posts a `critical-minerals-map:event` message (src/embed/hostEvents.ts) to the parent page
 * once when it starts (`ready`: host control is listening), then on each of the reader's actions. Changes the host made with a `set` message are never
 * reported (the host knows them, and a host that answered them would loop), nor is the date
 * while the story plays (`pause` says where it stopped, and the date follows). Messages go
 * to the parent's origin when it is known, else to '*': they say only what the reader did
 * with a public map, as the height messages (always '*') already do. Returns an unmount.
 */
export function mountHostEvents(store: ViewStore, root: HTMLElement, changes: HostChanges, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const ancestors = win.location.ancestorOrigins;
  const target = parentOrigin({ ancestorOrigins: ancestors ? [...ancestors] : null, referrer: win.document.referrer, search: win.location.search }) ?? '*';
  const post = (name: HostEventName, file?: string) => {
    const { date, selectedId } = store.getState();
    win.parent.postMessage(hostEvent(name, { date, deal: selectedId }, file), target);
  };

  let restedDate = store.getState().date;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const dateRests = () => {
    timer = undefined;
    const { date, playing } = store.getState();
    if (playing || date === restedDate) return;
    restedDate = date;
    post('date');
  };
  const waitForRest = () => {
    clearTimeout(timer);
    timer = setTimeout(dateRests, DATE_REST_MS);
  };

  const stopDate = store.subscribe(
    (s) => s.date,
    (date) => {
      if (!changes.applying()) return waitForRest();
      clearTimeout(timer);
      restedDate = date;
    },
  );
  const stopSelect = store.subscribe(
    (s) => s.selectedId,
    (id) => {
      if (id !== null && !changes.applying() && !store.getState().playing) post('select');
    },
  );
  const stopPlay = store.subscribe(
    (s) => s.playing,
    (playing) => {
      if (changes.applying()) return;
      post(playing ? 'play' : 'pause');
      if (!playing) waitForRest();
    },
  );
  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a[download]') : null;
    if (link) post('download', link.getAttribute('download') ?? '');
  };
  root.addEventListener('click', onClick);
  post('ready');
  return () => {
    stopDate();
    stopSelect();
    stopPlay();
    clearTimeout(timer);
    root.removeEventListener('click', onClick);
  };
}
