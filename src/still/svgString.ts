/** Attribute values: strings are escaped, numbers rounded to 2 decimals, null/undefined/false left out. */
export type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * A minimal SVG serializer: an element as a string, with escaped attributes and children
 * already serialized (text children go through `text()`). No DOM, so it runs in Node too.
 */
export function tag(name: string, attrs: Attrs = {}, ...children: readonly (string | null | false | undefined)[]): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${v === true ? k : escape(typeof v === 'number' ? String(round(v)) : String(v))}"`)
    .join('');
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return inner === '' ? `<${name}${a}/>` : `<${name}${a}>${inner}</${name}>`;
}

/** Text content, escaped. */
export function text(value: string): string {
  return escape(value);
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function escape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
