import type { AssetUrls } from '../../data/assetUrls';
import type { Production, StoryEvent } from '../../data/types';
import type { ViewStore } from '../../state/store';
import { goToEvent } from '../../state/actions';
import { isInForce } from '../../state/selectors';
import { externalLink, h } from '../../dom/h';
import { factsLine } from './factsLine';
import { formatDate, formatList, formatNumber, formatPercent, t } from '../../i18n/locale';

export interface TableOptions {
  readonly events: readonly StoryEvent[];
  readonly production: Production;
  readonly partyName: (id: string) => string;
  /** The date the facts were checked (story.json) and the CSV downloads. */
  readonly checked: string;
  readonly csv: AssetUrls['csv'];
}

/**
 * The text alternative to the map: every event with its date, parties, instrument, value
 * and sources, marking which have happened by the timeline's date; and the production
 * figures the circles show.
 */
export function mountTable(parent: HTMLElement, store: ViewStore, o: TableOptions): () => void {
  const rows = o.events.map((e) => {
    const show = h('button', { type: 'button', class: 'link-button' }, e.title);
    show.addEventListener('click', () => goToEvent(store, e));
    return h(
      'tr',
      { 'data-event-id': e.id },
      h('td', {}, h('time', { datetime: e.date }, formatDate(e.date, 'short'))),
      h('th', { scope: 'row' }, show),
      h('td', {}, formatList(e.parties.map(o.partyName))),
      h('td', {}, e.instrument),
      h('td', {}, e.value ? e.value.label : '—'),
      h('td', {}, ...e.sources.flatMap((s, i) => [i > 0 ? t('page.sourcesSep') : '', externalLink(s.url, s.publisher)])),
      h('td', { class: 'status' }),
    );
  });
  const caption = h('caption', {});
  const table = h(
    'table',
    { id: 'events-table', class: 'data-table' },
    caption,
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...(['table.date', 'table.event', 'table.parties', 'table.instrument', 'table.value', 'table.sources', 'table.status'] as const).map((k) =>
          h('th', { scope: 'col' }, t(k)),
        ),
      ),
    ),
    h('tbody', {}, ...rows),
  );
  const productionTable = h(
    'table',
    { class: 'data-table production-table' },
    h(
      'caption',
      {},
      o.production.title.includes(String(o.production.year))
        ? t('table.productionCaptionYear', { title: o.production.title, unit: o.production.unit })
        : t('table.productionCaption', { title: o.production.title, year: formatDate(`${o.production.year}-07-01`, 'year'), unit: o.production.unit }),
      ...o.production.sources.flatMap((s, i) => [i > 0 ? t('page.sourcesSep') : '', externalLink(s.url, s.publisher)]),
    ),
    h('thead', {}, h('tr', {}, ...(['table.country', 'table.production', 'table.share', 'table.note'] as const).map((k) => h('th', { scope: 'col' }, t(k))))),
    h(
      'tbody',
      {},
      ...o.production.rows.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.country),
          h('td', { class: 'num' }, formatNumber(r.production)),
          h('td', { class: 'num' }, formatPercent(r.production / o.production.worldTotal)),
          h('td', {}, r.note ?? ''),
        ),
      ),
    ),
  );
  const wrap = h('div', { class: 'table-wrap' }, factsLine(o.checked, o.csv), table, productionTable);
  parent.append(wrap);

  function render(date: string): void {
    caption.textContent = t('table.caption', { date: formatDate(date) });
    rows.forEach((row, i) => {
      const e = o.events[i]!;
      const done = isInForce(e, date);
      row.dataset.inForce = String(done);
      row.querySelector('.status')!.textContent = done ? (e.deal ? t('table.signed') : t('table.happened')) : t('table.notYet');
    });
  }
  render(store.getState().date);
  const unsubscribe = store.subscribe((s) => s.date, render);
  return () => {
    unsubscribe();
    wrap.remove();
  };
}
