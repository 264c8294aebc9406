// The shapes of the story data in data/*.json. These are the validated, parsed forms:
// the schema in ./schema.ts turns unknown JSON into these or throws a DataError that names
// the file, the record and the field.

/** A calendar date, `YYYY-MM-DD`, always a real day (no 2025-02-30). */
export type IsoDate = string;

export interface Source {
  publisher: string;
  title: string;
  /** https only. */
  url: string;
  /** Publication date of the source, when known. */
  date?: IsoDate;
}

export interface Place {
  name: string;
  /** The short name the map writes beside the marker ("Washington"); the name otherwise. */
  label?: string;
  lat: number;
  lon: number;
}

/** What an event is. Deals are the US instruments drawn as arcs. */
export type EventKind = 'framework' | 'memorandum' | 'export-control' | 'suspension' | 'meeting' | 'trade-talks' | 'statement' | 'pause-end';

export interface EventValue {
  /** How the value should be read on screen, e.g. "US$8.5 bn project pipeline (Australia)". */
  label: string;
  /** The headline figure in US dollars, only where the sources state one; null otherwise. */
  usd: number | null;
  /** Where sources disagree or the figure belongs to another instrument. */
  caveat?: string;
}

export interface Quote {
  text: string;
  speaker: string;
  /** Index into the event's sources. */
  source: number;
  /** Set by a translation (src/i18n/localise.ts): the words as spoken, and their language. */
  original?: string;
  originalLang?: string;
}

export interface StoryEvent {
  /** Stable, URL-safe id; deal ids are part of the public URL (`?deal=us-japan`). */
  id: string;
  date: IsoDate;
  kind: EventKind;
  /** Short headline for the card and the timeline, e.g. "US–Japan framework signed". */
  title: string;
  /** The instrument's official name. */
  instrument: string;
  /** Where it happened (venue). */
  place: Place;
  /** Party ids from data/parties.json. */
  parties: string[];
  /**
   * For US deals: the partner whose marker ends the arc (the partner's capital or the
   * signing venue) — Thailand's marker is Bangkok though the MoU was signed in Kuala Lumpur.
   */
  deal?: { partner: string; origin: Place; target: Place };
  value: EventValue | null;
  summary: string;
  /** Caveats a reader should see (non-binding, figures disputed, …). */
  notes?: string[];
  quote?: Quote;
  sources: Source[];
  /**
   * For an event that pauses a measure: the day the pause's stated term ends. Once the
   * story's date of checking reaches it, a `pause-end` event on that day must say what
   * followed (or that the map has not confirmed it): the build refuses a story that
   * leaves a reader to guess.
   */
  pauseEnds?: IsoDate;
  /** For a `pause-end` event: the id of the event whose pause ends on this day. */
  endsPause?: string;
}

export interface Party {
  id: string;
  name: string;
  /** ISO 3166-1 numeric code as used by Natural Earth / world-atlas feature ids. */
  iso: string | null;
}

export interface ProductionRow {
  country: string;
  /** ISO 3166-1 numeric, world-atlas feature id. */
  iso: string;
  /** Symbol position (country centroid, roughly). */
  lat: number;
  lon: number;
  /** Mine production, tonnes of rare-earth-oxide equivalent. */
  production: number;
  note?: string;
}

export interface Production {
  title: string;
  year: number;
  unit: string;
  worldTotal: number;
  rows: ProductionRow[];
  sources: Source[];
}

export interface Share {
  id: string;
  label: string;
  /** Percent, 0–100: typed in, or computed from production.json when `fromProduction` is set. */
  percent: number;
  /** ISO code of the production row whose share of the world total this is. */
  fromProduction?: string;
  year: number;
  sources: Source[];
}

/** The legend's words for each kind of mark (data/story.json `legend`). */
export interface Legend {
  flow: string;
  partner: string;
  /** China's export controls and their suspensions (a vermilion diamond). */
  events: string;
  /** US statements and measures that are not deals (a blue diamond). */
  us?: string;
  /** Talks and leaders' meetings (a violet diamond). */
  meetings?: string;
  /** The end date of a pause (a dashed diamond). */
  pauseEnd?: string;
}

export interface Story {
  headline: string;
  dek: string;
  /** The first date shown when the URL has none. */
  defaultDate: IsoDate;
  credits: string;
  /** The credits in one line, for the embed's footer (the full credits when absent). */
  creditsShort?: string | undefined;
  /** The legend's words for each kind of mark. */
  legend?: Legend | undefined;
  callout: { title: string; shares: Share[] };
  /** The day the facts were last checked: text about anything with an end date reads against it. */
  checked: IsoDate;
}

export interface StoryData {
  events: StoryEvent[];
  parties: Party[];
  production: Production;
  story: Story;
}

/** A country name on the basemap (data/labels.json), placed by hand where it fits on land. */
export interface CountryLabel {
  /** ISO 3166-1 numeric, world-atlas feature id: the style sets story countries in bold by it. */
  id: string;
  name: string;
  /** [lon, lat] in degrees. */
  at: [number, number];
}
