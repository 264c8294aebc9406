import type { StoryEvent } from '../data/types';
import type { ViewStore } from '../state/store';
import { encodeUrl } from '../state/urlCodec';
import { h } from '../dom/h';
import { fullMapUrl } from './fullMapUrl';
import type { HostChanges } from './hostChanges';
import type { HostMessageContext } from './hostControl';
import { mountHostControl } from './mountHostControl';
import { mountHostEvents } from './mountHostEvents';
import { reportHeight } from './reportHeight';
import type { ThemeController } from '../theme/themeController';
import { formatDate, t } from '../i18n/locale';

/** The parts of the page an embed adds to (src/ui/page/layout.ts provides them). */
export interface EmbedSlots {
  /** The page's content, whose height the host is told. */
  readonly root: HTMLElement;
  /** Replaced by a static date line when the timeline is hidden. */
  readonly timeline: HTMLElement;
  /** Where "View the full map" goes, in the credits. */
  readonly footerLinks: HTMLElement;
}

export interface EmbedOptions extends HostMessageContext {
  readonly events: readonly StoryEvent[];
  /** false (`controls=0`): no timeline, a static date line instead. */
  readonly controls: boolean;
  /** `fit=1`: the host sets the frame's height; the map fills it and no height is reported. */
  readonly fit?: boolean;
  /** Which changes the host made (src/embed/hostChanges.ts), for host control and host events. */
  readonly changes: HostChanges;
  /** The page's theme: the host's `set` may change it, and "View the full map" carries it. */
  readonly theme?: ThemeController;
}

/**
 * What embed mode adds to the page: a "View the full map" link beside the credits, the
 * static date line when the timeline is hidden, the height reports to the host page (not
 * with `fit`: there the host sets the height, and a report would fight a resize script on
 * the page), the host's `set` messages and the events sent to the host. Returns a function
 * that undoes all of it.
 */
export function mountEmbed(layout: EmbedSlots, store: ViewStore, o: EmbedOptions, win: Window = window): () => void {
  document.documentElement.classList.add('is-embed');
  if (o.fit) document.documentElement.classList.add('is-fit');
  const link = h(
    'a',
    { class: 'full-map-link', target: '_blank', rel: 'noopener' },
    t('embed.fullMap'),
    h('span', { class: 'visually-hidden' }, t('page.newTab')),
  );
  layout.footerLinks.append(link);
  const staticDate = o.controls ? null : h('p', { id: 'embed-date', class: 'embed-date' });
  if (staticDate) layout.timeline.replaceChildren(staticDate);

  const render = () => {
    const { date, selectedId } = store.getState();
    link.href = fullMapUrl(new URL(encodeUrl(win.location.search, { date, deal: selectedId }), win.location.href).href, o.theme?.theme());
    if (staticDate) staticDate.textContent = formatDate(date);
  };
  render();
  const unsubscribe = store.subscribe(render);
  const stopTheme = o.theme?.onChange(render) ?? (() => {});
  const stopHeight = o.fit ? () => {} : reportHeight(layout.root.parentElement ?? layout.root, win);
  const stopHost = mountHostControl(store, o.events, o, win, o.changes, o.theme);
  const stopEvents = mountHostEvents(store, layout.root, o.changes, win);
  return () => {
    unsubscribe();
    stopTheme();
    stopHeight();
    stopHost();
    stopEvents();
    link.remove();
    staticDate?.remove();
    document.documentElement.classList.remove('is-embed', 'is-fit');
  };
}
