import type { StoryEvent } from '../data/types';
import type { ViewStore } from '../state/store';
import { clearSelection, goToEvent, selectEvent, setDate, setPlaying } from '../state/actions';
import type { HostChanges } from './hostChanges';
import { parseHostMessage, type HostCommand, type HostMessageContext } from './hostControl';
import { HEIGHT_REQUEST_TYPE } from './reportHeight';
import type { ThemeChoice } from '../theme/theme';
import { getLocale } from '../i18n/locale';
import { encodeUrl } from '../state/urlCodec';

/**
 * Lets the page that frames the map drive it, e.g. from a scroll-driven story:
 * `iframe.contentWindow.postMessage({ type: "critical-minerals-map:set", date, deal }, origin)`.
 * Only messages from our direct parent are read; anything invalid is dropped without effect.
 * A deal signed after the given date moves the date to the signing, as in the URL. With
 * `changes`, the command's changes are marked as the host's (src/embed/hostChanges.ts).
 * A `theme` goes to `setTheme`; a message with only a theme leaves the view (and playback) alone.
 */
export function mountHostControl(
  store: ViewStore,
  events: readonly StoryEvent[],
  ctx: HostMessageContext,
  win: Window = window,
  changes?: HostChanges,
  theme?: { set(choice: ThemeChoice): void; choice(): ThemeChoice },
): () => void {
  if (win.parent === win) return () => {};
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const command = parseHostMessage(event.data, ctx);
    // embed.js asking for the height again is reportHeight's business, not a stray message.
    if (!command && (event.data as { type?: unknown } | null)?.type === HEIGHT_REQUEST_TYPE) return;
    if (!command) {
      console.debug('[critical-minerals-map] ignored a message from the host page', event.data);
      return;
    }
    if (command.theme !== undefined) theme?.set(command.theme);
    if (command.date === undefined && command.deal === undefined && command.event === undefined && command.lang === undefined) return;
    const apply = () => applyCommand(store, events, command);
    // Another language: the frame shows the same view in it, from its own address (the
    // strings, fonts and Intl formats are the page's from the start), in place in the article.
    if (command.lang !== undefined && command.lang !== getLocale().lang) {
      apply();
      const { date, selectedId } = store.getState();
      const url = new URL(encodeUrl(win.location.search, { date, deal: selectedId }), win.location.href);
      if (command.lang === 'en') url.searchParams.delete('lang');
      else url.searchParams.set('lang', command.lang);
      // The theme the frame shows goes with it, also one a host set in place.
      const shown = theme?.choice();
      if (shown !== undefined) {
        url.searchParams.delete('dark');
        if (shown === 'light') url.searchParams.delete('theme');
        else url.searchParams.set('theme', shown);
      }
      win.location.replace(url.href);
      return;
    }
    if (changes) changes.asHost(apply, command.motion);
    else apply();
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

function applyCommand(store: ViewStore, events: readonly StoryEvent[], command: HostCommand): void {
  setPlaying(store, false);
  if (command.event !== undefined) {
    const target = events.find((e) => e.id === command.event);
    if (target) goToEvent(store, target);
    return;
  }
  if (command.date !== undefined) setDate(store, command.date);
  if (command.deal === null) clearSelection(store);
  else if (command.deal !== undefined) {
    const target = events.find((e) => e.id === command.deal);
    if (target) selectEvent(store, target);
  }
}
