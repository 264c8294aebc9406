// The basemap's country names (data/labels.json) in the page's language: the label layers
// import the English file, and ask here for each name as they draw it.
import type { CountryLabel } from '../data/types.ts';

let names: ReadonlyMap<string, string> = new Map();

/** The page's labels, translated (src/i18n/localise.ts); set once, with the language. */
export function setLabelNames(labels: readonly CountryLabel[]): void {
  names = new Map(labels.map((l) => [l.id, l.name]));
}

export function labelName(label: { readonly id: string; readonly name: string }): string {
  return names.get(label.id) ?? label.name;
}
