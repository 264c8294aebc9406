// Which strings of the story a translation covers, each under a stable key: the story's
// words (data/story.json), each event's by its id (data/events.json), the parties' and
// countries' names (parties.json, labels.json) and the production table's (production.json).
// Source titles and publishers stay as published (they name documents in their language).
import type { CountryLabel, StoryData } from '../data/types.ts';

/** One translatable string: its key, the English, and how to put a translation in its place. */
export interface StoryField {
  readonly key: string;
  readonly english: string;
  readonly set: (text: string) => void;
}

/**
 * Every translatable string of `data` and `labels`, in file order. `set` writes into the
 * objects given, so the caller passes copies when the English must survive.
 */
export function storyFields(data: StoryData, labels: CountryLabel[]): StoryField[] {
  const out: StoryField[] = [];
  const add = <T extends object, K extends keyof T>(key: string, obj: T, field: K) => {
    const value = obj[field];
    if (typeof value !== 'string') return;
    out.push({ key, english: value, set: (text) => Object.assign(obj, { [field]: text }) });
  };
  const { story } = data;
  add('story.headline', story, 'headline');
  add('story.dek', story, 'dek');
  add('story.credits', story, 'credits');
  add('story.creditsShort', story, 'creditsShort');
  if (story.legend) for (const k of Object.keys(story.legend) as (keyof typeof story.legend)[]) add(`story.legend.${k}`, story.legend, k);
  add('story.callout.title', story.callout, 'title');
  for (const s of story.callout.shares) add(`story.callout.${s.id}.label`, s, 'label');
  for (const e of data.events) {
    const at = `event.${e.id}`;
    add(`${at}.title`, e, 'title');
    add(`${at}.summary`, e, 'summary');
    add(`${at}.instrument`, e, 'instrument');
    add(`${at}.place`, e.place, 'name');
    if (e.deal) {
      add(`${at}.origin`, e.deal.origin, e.deal.origin.label ? 'label' : 'name');
      add(`${at}.target`, e.deal.target, 'name');
    }
    if (e.value) {
      add(`${at}.value`, e.value, 'label');
      add(`${at}.caveat`, e.value, 'caveat');
    }
    for (const [i] of (e.notes ?? []).entries()) add(`${at}.notes.${i}`, e.notes!, i);
    if (e.quote) {
      add(`${at}.quote`, e.quote, 'text');
      add(`${at}.speaker`, e.quote, 'speaker');
    }
  }
  for (const p of data.parties) add(`party.${p.id}`, p, 'name');
  add('production.title', data.production, 'title');
  add('production.unit', data.production, 'unit');
  for (const r of data.production.rows) {
    add(`production.${r.iso}.country`, r, 'country');
    add(`production.${r.iso}.note`, r, 'note');
  }
  for (const l of labels) add(`label.${l.id}`, l, 'name');
  return out;
}
