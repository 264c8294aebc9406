import type { AssetUrls } from '../../data/assetUrls';
import { h } from '../../dom/h';
import { formatDate, t } from '../../i18n/locale';

/** What a download is saved as, whatever its hashed name on the server. */
export const CSV_DOWNLOAD_NAMES = { events: 'critical-minerals-events.csv', production: 'rare-earth-production.csv' } as const;

/**
 * "Facts checked to 29 November 2026. Get the data: events (CSV) · production (CSV)".
 * The links are relative, so they stay on the page's own origin (connect-src does not
 * apply to a download); `download` saves the file under a readable name.
 */
export function factsLine(checked: string, csv: AssetUrls['csv']): HTMLParagraphElement {
  return h(
    'p',
    { class: 'facts-line' },
    h('span', { class: 'facts-checked' }, t('facts.checked', { date: formatDate(checked) })),
    t('facts.getData'),
    h('a', { href: csv.events, download: CSV_DOWNLOAD_NAMES.events, class: 'csv-link', 'data-csv': 'events' }, t('facts.events')),
    t('facts.sep'),
    h('a', { href: csv.production, download: CSV_DOWNLOAD_NAMES.production, class: 'csv-link', 'data-csv': 'production' }, t('facts.production')),
  );
}
