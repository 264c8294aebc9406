import { actorOf } from '../../marks/pointMarks.ts';
import type { StoryEvent } from '../../data/types.ts';
import type { ViewState, ViewStore } from '../../state/store.ts';
import { externalLink, h } from '../../dom/h.ts';
import { closeOnEscape } from '../page/escapeLayers.ts';
import { splitLede } from './lede.ts';
import { formatDate, formatList, getLocale, t } from '../../i18n/locale.ts';
import type { MessageKey } from '../../i18n/en.ts';

/** What kind of event, in the kicker; the compact card's one line has a shorter name for a memorandum. */
function kindLabel(kind: StoryEvent['kind'], compact: boolean): string {
  return compact && kind === 'memorandum' ? t('card.kindShort.memorandum') : t(`card.kind.${kind}`);
}

export interface CardOptions {
  /** The event whose card is shown in a view state (src/state/deriveView.ts). */
  readonly current: (state: ViewState) => StoryEvent | null;
  readonly partyName: (id: string) => string;
  /**
   * A card for an article column (embed mode): kind, date, title and the summary's lede;
   * the rest (the summary's other sentences, where, parties, instrument, value, notes,
   * quote, sources) opens in place under "Details and sources".
   */
  readonly compact?: boolean;
}

/** Builds the card's content for one event. Every text node is data, inserted as text. */
export function cardContent(e: StoryEvent, partyName: (id: string) => string, compact = false, detailsOpen = false): Node[] {
  const rows: [string, Node | string][] = [
    [t('card.where'), e.place.name],
    [t('card.parties'), formatList(e.parties.map(partyName))],
    [t('card.instrument'), e.instrument],
  ];
  if (e.value) rows.push([t('card.value'), h('span', {}, e.value.label, e.value.caveat ? h('span', { class: 'caveat' }, ` ${e.value.caveat}`) : null)]);
  const quoteSource = e.quote ? e.sources[e.quote.source] : undefined;
  const head = [
    h(
      'p',
      { class: `kicker kind-${e.deal ? 'deal' : e.kind} actor-${actorOf(e)}` },
      t('card.kicker', { kind: kindLabel(e.kind, compact) }),
      h('time', { datetime: e.date }, formatDate(e.date, compact ? 'short' : 'weekday')),
    ),
    h('h2', { id: 'event-card-title', tabindex: -1 }, e.title),
  ];
  const { lede, rest } = compact ? splitLede(e.summary, getLocale().lang) : { lede: e.summary, rest: '' };
  const details = [
    rest ? h('p', { class: 'summary' }, rest) : null,
    h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    e.notes && e.notes.length > 0 ? h('ul', { class: 'notes', 'aria-label': t('card.caveats') }, ...e.notes.map((n) => h('li', {}, n))) : null,
    e.quote
      ? h(
          'figure',
          { class: 'quote' },
          h('blockquote', {}, t('card.quote', { text: e.quote.text })),
          h(
            'figcaption',
            {},
            t('card.quoteBy', { speaker: e.quote.speaker }),
            quoteSource ? h('span', {}, t('card.asReportedBy'), externalLink(quoteSource.url, quoteSource.publisher)) : null,
            // A quote read in another language than it was spoken says so, and gives the words as spoken.
            e.quote.original
              ? h(
                  'span',
                  { class: 'quote-original' },
                  ` ${t('card.translatedQuote', { language: t(`langName.${e.quote.originalLang ?? 'en'}` as MessageKey) })} `,
                  t('card.originalQuote'),
                  h('q', { lang: e.quote.originalLang ?? 'en' }, e.quote.original),
                )
              : null,
          ),
        )
      : null,
    h(
      'div',
      { class: 'sources' },
      h('h3', {}, e.sources.length > 1 ? t('card.sources') : t('card.source')),
      h(
        'ul',
        {},
        ...e.sources.map((s) =>
          h(
            'li',
            {},
            externalLink(s.url, s.title),
            s.date ? t('card.sourceDated', { publisher: s.publisher, date: formatDate(s.date, 'short') }) : t('card.sourceLine', { publisher: s.publisher }),
          ),
        ),
      ),
    ),
  ].filter((n): n is HTMLElement => n !== null);
  if (!compact) return [...head, h('p', { class: 'summary' }, e.summary), ...details];
  // A disclosure button (WAI-ARIA pattern) at the end of the lede, so it costs no line of
  // its own when the lede's last line has room; the details open in place below it.
  const more = h('div', { class: 'card-more', id: 'card-more', hidden: !detailsOpen }, ...details);
  const toggle = h(
    'button',
    { type: 'button', class: 'more-button', 'aria-expanded': String(detailsOpen), 'aria-controls': 'card-more' },
    detailsOpen ? t('card.fewer') : t('card.more'),
  );
  return [...head, h('p', { class: 'summary' }, `${lede} `, toggle), more];
}

/**
 * The event card: follows the current event; a close button (or Escape) hides it until
 * the event changes, and focus goes back where it came from.
 */
/** The mounted card: `focusTitle` moves focus to the shown event's title (a keyboard selection on the map). */
export interface CardHandle {
  focusTitle(): void;
  destroy(): void;
}

export function mountCard(card: HTMLElement, store: ViewStore, o: CardOptions): CardHandle {
  let shownId: string | null = null;
  let dismissedId: string | null = null;
  let returnFocus: HTMLElement | null = null;
  // The reader's choice to see the details holds for the next events too.
  let detailsOpen = false;

  const close = h('button', { type: 'button', class: 'card-close', 'aria-label': t('card.close') }, h('span', { 'aria-hidden': 'true' }, '×'));
  const body = h('div', { class: 'card-body' });
  card.setAttribute('aria-labelledby', 'event-card-title');
  card.append(close, body);
  if (o.compact) card.classList.add('is-compact');
  const onToggle = (event: Event) => {
    const button = (event.target as Element).closest?.('.more-button');
    const more = body.querySelector<HTMLElement>('.card-more');
    if (!button || !more) return;
    detailsOpen = more.hidden;
    more.hidden = !detailsOpen;
    button.setAttribute('aria-expanded', String(detailsOpen));
    button.textContent = detailsOpen ? t('card.fewer') : t('card.more');
  };
  body.addEventListener('click', onToggle);

  function dismiss(): void {
    if (shownId === null) return;
    dismissedId = shownId;
    const hadFocus = card.contains(document.activeElement);
    render();
    if (hadFocus && returnFocus && returnFocus.isConnected) returnFocus.focus();
  }
  close.addEventListener('click', dismiss);
  // Escape closes the card only when nothing above it (dialog, tooltip) is open: src/ui/page/escapeLayers.ts.
  const stopEscape = closeOnEscape('card', () => !card.hidden, dismiss);
  const onFocusIn = (event: FocusEvent) => {
    if (!card.contains(event.target as Node)) returnFocus = event.target as HTMLElement;
  };
  document.addEventListener('focusin', onFocusIn);

  function render(): void {
    const e = o.current(store.getState());
    if (e?.id !== dismissedId) dismissedId = null;
    const visible = e !== null && dismissedId === null;
    card.hidden = !visible;
    if (!visible) {
      shownId = null;
      card.removeAttribute('data-event-id');
      return;
    }
    if (shownId === e.id) return;
    shownId = e.id;
    card.dataset.eventId = e.id;
    body.replaceChildren(...cardContent(e, o.partyName, o.compact ?? false, detailsOpen));
  }

  render();
  const unsubscribe = store.subscribe((s) => o.current(s)?.id ?? null, render);
  return {
    focusTitle() {
      render();
      card.querySelector<HTMLElement>('#event-card-title')?.focus();
    },
    destroy() {
      unsubscribe();
      stopEscape();
      document.removeEventListener('focusin', onFocusIn);
      body.removeEventListener('click', onToggle);
      card.replaceChildren();
    },
  };
}
