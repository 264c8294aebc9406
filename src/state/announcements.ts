import type { StoryEvent } from '../data/types.ts';
import { chinaControls, dealsInForce } from './selectors.ts';
import { formatDate, formatList, t } from '../i18n/locale.ts';

// The words a screen reader hears about the map, in the page's language (src/i18n/en.ts).
// Pure but for the language: (events, date) in, text out.

/** What the live region says when the story reaches an event: "28 October 2025: US–Japan framework signed." */
export function eventAnnouncement(event: StoryEvent): string {
  return t('summary.event', { date: formatDate(event.date), title: withStop(event.title) });
}

/**
 * What the map shows at `date`, in two or three sentences: the US deals drawn (partner and
 * signing date) and the latest step in China's export controls. Titles and dates are the
 * story's own (data/events.json).
 */
export function mapSummary(events: readonly StoryEvent[], date: string, partyName: (id: string) => string, origin: string | null = null): string {
  const deals = dealsInForce(events, date);
  const controls = chinaControls(events, date);
  const head = t('summary.head', { date: formatDate(date) });
  const list = formatList(deals.map((e) => t('summary.deal', { partner: partyName(e.deal!.partner), date: formatDate(e.date) })));
  const dealText =
    deals.length === 0
      ? t('summary.noDeals')
      : origin
        ? t('summary.dealsFrom', { count: deals.length, origin, list })
        : t('summary.deals', { count: deals.length, list });
  const controlText = controls ? t('summary.controls', { date: formatDate(controls.date), title: withStop(controls.title) }) : t('summary.noControls');
  return [head, dealText, controlText].join(t('summary.join'));
}

/** A title ends a sentence: with its own stop, or the language's (". " or "。"). */
function withStop(text: string): string {
  return /[.!?。！？]$/.test(text) ? text : `${text}${t('summary.stop')}`;
}
