// The one schema for the story data: the build-time check (src/build/storyDataPlugin.ts) and the runtime
// loader (load.ts) both call parseStoryData, so a file that builds is a file that loads.
// Pure: unknown JSON in, typed StoryData out, or a DataError naming file, record and field.
import { DataError } from './dataError.ts';
import { parseLatLon, parsePlace, parseSources } from './parts.ts';
import type { EventKind, EventValue, Legend, Party, Production, ProductionRow, Quote, Share, Story, StoryData, StoryEvent } from './types.ts';
import { child, fail, isoCode, isoDate, list, number, object, oneOf, optionalText, recordName, slug, text, unique, type At } from './validate.ts';

export { DataError };

/** The four files, as they are named in messages and served under the site's base. */
export const DATA_FILES = {
  events: 'data/events.json',
  parties: 'data/parties.json',
  production: 'data/production.json',
  story: 'data/story.json',
} as const;

export type DataFileName = keyof typeof DATA_FILES;

export const EVENT_KINDS: readonly EventKind[] = [
  'framework',
  'memorandum',
  'export-control',
  'suspension',
  'meeting',
  'trade-talks',
  'statement',
  'pause-end',
];

/** Kinds that are US deals, drawn as arcs, so they must say where the arc goes. */
export const DEAL_KINDS: readonly EventKind[] = ['framework', 'memorandum'];

const TOP = 'top level';
const PARTY_ID = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

function parseParty(file: string, index: number, value: unknown): Party {
  const at = { file, record: recordName('party', index, (value as { id?: unknown } | null)?.id) };
  const o = object(at, '', value, ['id', 'name', 'iso']);
  const id = text(at, 'id', o.id);
  if (!PARTY_ID.test(id)) fail(at, 'id', `must be upper-case letters or digits (e.g. "AU"), got ${JSON.stringify(id)}`);
  return { id, name: text(at, 'name', o.name), iso: o.iso === null ? null : isoCode(at, 'iso', o.iso) };
}

export function parseParties(json: unknown, file: string = DATA_FILES.parties): Party[] {
  const top = object({ file, record: TOP }, '', json, ['parties']);
  const parties = list({ file, record: TOP }, 'parties', top.parties, 1).map((p, i) => parseParty(file, i, p));
  unique(
    parties.map((p) => p.id),
    (i, id) => fail({ file, record: recordName('party', i, id) }, 'id', `repeats the id ${JSON.stringify(id)} of an earlier party`),
  );
  return parties;
}

function parseValue(at: At, value: unknown): EventValue | null {
  if (value === undefined) fail(at, 'value', 'is required (write null when the event has no value)');
  if (value === null) return null;
  const o = object(at, 'value', value, ['label', 'usd', 'caveat']);
  if (o.usd === undefined) fail(at, 'value.usd', 'is required (write null when the sources state no figure)');
  const result: EventValue = {
    label: text(at, 'value.label', o.label),
    usd: o.usd === null ? null : number(at, 'value.usd', o.usd, { min: 0 }),
  };
  const caveat = optionalText(at, 'value.caveat', o.caveat);
  if (caveat !== undefined) result.caveat = caveat;
  return result;
}

function parseQuote(at: At, value: unknown, sourceCount: number): Quote {
  const o = object(at, 'quote', value, ['text', 'speaker', 'source']);
  return {
    text: text(at, 'quote.text', o.text),
    speaker: text(at, 'quote.speaker', o.speaker),
    source: number(at, 'quote.source', o.source, { min: 0, max: sourceCount - 1, integer: true }),
  };
}

function parseParticipants(at: At, value: unknown, known: ReadonlySet<string>): string[] {
  const ids = list(at, 'parties', value, 1).map((p, i) => text(at, child('parties', i), p));
  ids.forEach((id, i) => {
    if (!known.has(id)) {
      fail(at, child('parties', i), `unknown party ${JSON.stringify(id)}; ${DATA_FILES.parties} has ${[...known].join(', ')}`);
    }
  });
  unique(ids, (i, id) => fail(at, child('parties', i), `lists ${JSON.stringify(id)} twice`));
  return ids;
}

function parseDeal(at: At, value: unknown, parties: readonly string[]): NonNullable<StoryEvent['deal']> {
  const o = object(at, 'deal', value, ['partner', 'origin', 'target']);
  const partner = text(at, 'deal.partner', o.partner);
  if (!parties.includes(partner)) {
    fail(at, 'deal.partner', `must be one of this event's parties (${parties.join(', ')}), got ${JSON.stringify(partner)}`);
  }
  return { partner, origin: parsePlace(at, 'deal.origin', o.origin), target: parsePlace(at, 'deal.target', o.target) };
}

const EVENT_FIELDS = [
  'id',
  'date',
  'kind',
  'title',
  'instrument',
  'place',
  'parties',
  'deal',
  'value',
  'summary',
  'notes',
  'quote',
  'sources',
  'pauseEnds',
  'endsPause',
];

function parseEvent(file: string, index: number, value: unknown, known: ReadonlySet<string>): StoryEvent {
  const at = { file, record: recordName('event', index, (value as { id?: unknown } | null)?.id) };
  const o = object(at, '', value, EVENT_FIELDS);
  const kind = oneOf(at, 'kind', o.kind, EVENT_KINDS);
  const parties = parseParticipants(at, o.parties, known);
  const sources = parseSources(at, 'sources', o.sources);
  const event: StoryEvent = {
    id: slug(at, 'id', o.id),
    date: isoDate(at, 'date', o.date),
    kind,
    title: text(at, 'title', o.title),
    instrument: text(at, 'instrument', o.instrument),
    place: parsePlace(at, 'place', o.place),
    parties,
    value: parseValue(at, o.value),
    summary: text(at, 'summary', o.summary),
    sources,
  };
  if (o.deal !== undefined) event.deal = parseDeal(at, o.deal, parties);
  else if (DEAL_KINDS.includes(kind)) {
    fail(at, 'deal', `is required for a ${kind} event: name the partner and the arc's origin and target`);
  }
  if (o.notes !== undefined) event.notes = list(at, 'notes', o.notes).map((n, i) => text(at, child('notes', i), n));
  if (o.quote !== undefined) event.quote = parseQuote(at, o.quote, sources.length);
  if (o.pauseEnds !== undefined) {
    event.pauseEnds = isoDate(at, 'pauseEnds', o.pauseEnds);
    if (event.pauseEnds <= event.date) fail(at, 'pauseEnds', `must be after the event's date (${event.date}), got ${event.pauseEnds}`);
  }
  if (kind === 'pause-end') {
    if (o.endsPause === undefined) fail(at, 'endsPause', 'is required for a pause-end event: name the id of the event whose pause ends');
    event.endsPause = slug(at, 'endsPause', o.endsPause);
  } else if (o.endsPause !== undefined) fail(at, 'endsPause', `belongs to a pause-end event only, not a ${kind} event`);
  return event;
}

/**
 * Events in date order. Events on the same day keep their order in the file, so the
 * journalist decides which card comes first on a busy day.
 */
export function parseEvents(json: unknown, partyIds: ReadonlySet<string>, file: string = DATA_FILES.events): StoryEvent[] {
  const top = object({ file, record: TOP }, '', json, ['events']);
  const events = list({ file, record: TOP }, 'events', top.events, 1).map((e, i) => parseEvent(file, i, e, partyIds));
  unique(
    events.map((e) => e.id),
    (i, id) => fail({ file, record: recordName('event', i, id) }, 'id', `repeats the id ${JSON.stringify(id)} of an earlier event`),
  );
  return events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.order - b.order))
    .map(({ event }) => event);
}

function parseRow(file: string, index: number, value: unknown, worldTotal: number): ProductionRow {
  const at = { file, record: recordName('row', index, (value as { country?: unknown } | null)?.country) };
  const o = object(at, '', value, ['country', 'iso', 'lat', 'lon', 'production', 'note']);
  const row: ProductionRow = {
    country: text(at, 'country', o.country),
    iso: isoCode(at, 'iso', o.iso),
    ...parseLatLon(at, '', o),
    production: number(at, 'production', o.production, { min: 0, max: worldTotal }),
  };
  const note = optionalText(at, 'note', o.note);
  if (note !== undefined) row.note = note;
  return row;
}

export function parseProduction(json: unknown, file: string = DATA_FILES.production): Production {
  const at = { file, record: TOP };
  const o = object(at, '', json, ['title', 'year', 'unit', 'worldTotal', 'rows', 'sources']);
  const worldTotal = number(at, 'worldTotal', o.worldTotal, { min: 0 });
  const rows = list(at, 'rows', o.rows, 1).map((r, i) => parseRow(file, i, r, worldTotal));
  unique(
    rows.map((r) => r.iso),
    (i, iso) => fail({ file, record: recordName('row', i, rows[i]?.country) }, 'iso', `repeats the country code ${JSON.stringify(iso)}`),
  );
  return {
    title: text(at, 'title', o.title),
    year: number(at, 'year', o.year, { min: 2000, max: 2100, integer: true }),
    unit: text(at, 'unit', o.unit),
    worldTotal,
    rows,
    sources: parseSources(at, 'sources', o.sources),
  };
}

/**
 * A share is typed in (`percent`) or computed from production.json (`fromProduction`: the
 * country's ISO code), never both: a computed share cannot drift from the figures it
 * summarises, and its label must name the production year so the text cannot either.
 */
function parseShare(file: string, index: number, value: unknown, production: Production | undefined): Share {
  const at = { file, record: recordName('share', index, (value as { id?: unknown } | null)?.id) };
  const o = object(at, '', value, ['id', 'label', 'percent', 'fromProduction', 'year', 'sources']);
  const id = slug(at, 'id', o.id);
  const label = text(at, 'label', o.label);
  const year = number(at, 'year', o.year, { min: 2000, max: 2100, integer: true });
  const sources = parseSources(at, 'sources', o.sources);
  if (o.fromProduction === undefined) {
    return { id, label, percent: number(at, 'percent', o.percent, { min: 0, max: 100 }), year, sources };
  }
  if (o.percent !== undefined) fail(at, 'percent', 'must be left out when fromProduction computes it');
  const iso = isoCode(at, 'fromProduction', o.fromProduction);
  if (production === undefined) fail(at, 'fromProduction', `needs ${DATA_FILES.production} to compute the share`);
  const row = production.rows.find((r) => r.iso === iso);
  if (row === undefined) fail(at, 'fromProduction', `names ${JSON.stringify(iso)}, which has no row in ${DATA_FILES.production}`);
  if (year !== production.year) fail(at, 'year', `must be ${production.year}, the year of ${DATA_FILES.production}, got ${year}`);
  if (!label.includes(String(year))) fail(at, 'label', `must name the year ${year}`);
  return { id, label, percent: Math.round((row.production / production.worldTotal) * 100), year, sources, fromProduction: iso };
}

function parseLegend(at: At, value: unknown): Legend {
  const o = object(at, 'legend', value, ['flow', 'partner', 'events', 'us', 'meetings', 'pauseEnd']);
  const legend: Legend = { flow: text(at, 'legend.flow', o.flow), partner: text(at, 'legend.partner', o.partner), events: text(at, 'legend.events', o.events) };
  for (const key of ['us', 'meetings', 'pauseEnd'] as const) {
    const words = optionalText(at, `legend.${key}`, o[key]);
    if (words !== undefined) legend[key] = words;
  }
  return legend;
}

export function parseStory(json: unknown, file: string = DATA_FILES.story, production?: Production): Story {
  const at = { file, record: TOP };
  const o = object(at, '', json, ['headline', 'dek', 'defaultDate', 'checked', 'credits', 'creditsShort', 'legend', 'callout']);
  const callout = object(at, 'callout', o.callout, ['title', 'shares']);
  const shares = list(at, 'callout.shares', callout.shares, 1).map((s, i) => parseShare(file, i, s, production));
  unique(
    shares.map((s) => s.id),
    (i, id) => fail({ file, record: recordName('share', i, id) }, 'id', `repeats the id ${JSON.stringify(id)} of an earlier share`),
  );
  return {
    headline: text(at, 'headline', o.headline),
    dek: text(at, 'dek', o.dek),
    defaultDate: isoDate(at, 'defaultDate', o.defaultDate),
    credits: text(at, 'credits', o.credits),
    creditsShort: optionalText(at, 'creditsShort', o.creditsShort),
    legend: o.legend === undefined ? undefined : parseLegend(at, o.legend),
    callout: { title: text(at, 'callout.title', callout.title), shares },
    checked: isoDate(at, 'checked', o.checked),
  };
}

/** All four files, checked against each other (event parties must exist in parties.json). */
export function parseStoryData(files: { events: unknown; parties: unknown; production: unknown; story: unknown }): StoryData {
  const parties = parseParties(files.parties);
  const events = parseEvents(files.events, new Set(parties.map((p) => p.id)));
  const production = parseProduction(files.production);
  const story = parseStory(files.story, DATA_FILES.story, production);
  const last = events.at(-1);
  if (last && story.checked < last.date) {
    fail({ file: DATA_FILES.story, record: TOP }, 'checked', `must be on or after the last event (${last.date}), got ${story.checked}`);
  }
  checkPauses(events, story.checked);
  return { parties, events, production, story };
}

/**
 * A pause whose end date has passed by the date of checking must be followed, on that day,
 * by a pause-end event that says what followed; and every pause-end event must end a pause
 * on its own date. A story checked in December 2026 cannot tell a pause to November 2026
 * as if it were still running.
 */
export function checkPauses(events: readonly StoryEvent[], checked: string): void {
  const file = DATA_FILES.events;
  const at = (e: StoryEvent) => ({ file, record: recordName('event', events.indexOf(e), e.id) });
  for (const e of events) {
    if (e.pauseEnds === undefined || e.pauseEnds > checked) continue;
    const end = events.find((p) => p.kind === 'pause-end' && p.endsPause === e.id);
    if (!end) {
      fail(
        at(e),
        'pauseEnds',
        `${e.pauseEnds} has passed by the date of checking (${checked}, ${DATA_FILES.story}): add a "pause-end" event dated ${e.pauseEnds} with "endsPause": "${e.id}" that says what followed, or that this map has not confirmed it`,
      );
    }
    if (end.date !== e.pauseEnds)
      fail(at(end), 'date', `must be ${e.pauseEnds}, the day the pause of ${JSON.stringify(e.id)} ends (its pauseEnds), got ${end.date}`);
  }
  for (const p of events) {
    if (p.kind !== 'pause-end') continue;
    const paused = events.find((e) => e.id === p.endsPause);
    if (!paused) fail(at(p), 'endsPause', `names ${JSON.stringify(p.endsPause)}, which is no event's id`);
    if (paused.pauseEnds === undefined) fail(at(p), 'endsPause', `names ${JSON.stringify(paused.id)}, which has no pauseEnds date`);
  }
}
