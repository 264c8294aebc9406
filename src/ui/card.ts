import type { StoryEvent } from '../data/types';
import type { ViewStore } from '../state/store';
import { currentEvent } from '../state/selectors';
import { formatLongDate } from '../time/dates';
import { externalLink, h } from './dom';
import { closeOnEscape } from './escapeLayers';

const KIND_LABEL: Record<StoryEvent['kind'], string> = {
  framework: 'Framework',
  memorandum: 'Memorandum of understanding',
  'export-control': 'Export control',
  suspension: 'Suspension',
  meeting: 'Meeting',
  'trade-talks': 'Trade talks',
  statement: 'Statement',
};

export interface CardOptions {
  readonly events: readonly StoryEvent[];
  readonly partyName: (id: string) => string;
}

/** Builds the card's content for one event. Every text node is data, inserted as text. */
export function cardContent(e: StoryEvent, partyName: (id: string) => string): Node[] {
  const rows: [string, Node | string][] = [
    ['Where', e.place.name],
    ['Parties', e.parties.map(partyName).join(', ')],
    ['Instrument', e.instrument],
  ];
  if (e.value) rows.push(['Value', h('span', {}, e.value.label, e.value.caveat ? h('span', { class: 'caveat' }, ` ${e.value.caveat}`) : null)]);
  const quoteSource = e.quote ? e.sources[e.quote.source] : undefined;
  return [
    h('p', { class: `kicker kind-${e.deal ? 'deal' : e.kind}` }, `${KIND_LABEL[e.kind]} · `, h('time', { datetime: e.date }, formatLongDate(e.date, 'weekday'))),
    h('h2', { id: 'event-card-title', tabindex: -1 }, e.title),
    h('p', { class: 'summary' }, e.summary),
    h('dl', { class: 'facts' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    e.notes && e.notes.length > 0 ? h('ul', { class: 'notes', 'aria-label': 'Caveats' }, ...e.notes.map((n) => h('li', {}, n))) : null,
    e.quote
      ? h('figure', { class: 'quote' },
          h('blockquote', {}, `“${e.quote.text}”`),
          h('figcaption', {}, `— ${e.quote.speaker}`, quoteSource ? h('span', {}, ', as reported by ', externalLink(quoteSource.url, quoteSource.publisher)) : null))
      : null,
    h('div', { class: 'sources' },
      h('h3', {}, e.sources.length > 1 ? 'Sources' : 'Source'),
      h('ul', {}, ...e.sources.map((s) => h('li', {}, externalLink(s.url, s.title), ` — ${s.publisher}${s.date ? `, ${formatLongDate(s.date, 'short')}` : ''}`)))),
  ].filter((n): n is HTMLElement => n !== null);
}

/**
 * The event card: follows the current event; a close button (or Escape) hides it until
 * the event changes, and focus goes back where it came from.
 */
export function mountCard(card: HTMLElement, store: ViewStore, o: CardOptions): () => void {
  let shownId: string | null = null;
  let dismissedId: string | null = null;
  let returnFocus: HTMLElement | null = null;

  const close = h('button', { type: 'button', class: 'card-close', 'aria-label': 'Close the card' }, h('span', { 'aria-hidden': 'true' }, '×'));
  const body = h('div', { class: 'card-body' });
  card.setAttribute('aria-labelledby', 'event-card-title');
  card.append(close, body);

  function dismiss(): void {
    if (shownId === null) return;
    dismissedId = shownId;
    const hadFocus = card.contains(document.activeElement);
    render();
    if (hadFocus && returnFocus && returnFocus.isConnected) returnFocus.focus();
  }
  close.addEventListener('click', dismiss);
  // Escape closes the card only when nothing above it (dialog, tooltip) is open: src/ui/escapeLayers.ts.
  const stopEscape = closeOnEscape('card', () => !card.hidden, dismiss);
  const onFocusIn = (event: FocusEvent) => {
    if (!card.contains(event.target as Node)) returnFocus = event.target as HTMLElement;
  };
  document.addEventListener('focusin', onFocusIn);

  function render(): void {
    const e = currentEvent(o.events, store.getState());
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
    body.replaceChildren(...cardContent(e, o.partyName));
  }

  render();
  const unsubscribe = store.subscribe((s) => currentEvent(o.events, s)?.id ?? null, render);
  return () => {
    unsubscribe();
    stopEscape();
    document.removeEventListener('focusin', onFocusIn);
    card.replaceChildren();
  };
}
