/**
 * The messages a resize script on the host page may already listen for, for one content
 * height. Shapes from the tools' own listeners (see research/anchors.md):
 * - ours, for public/embed.js: `{ type: "critical-minerals-map:height", height }`;
 * - Datawrapper: `{ "datawrapper-height": { "<id>": px } }` (its listener matches the
 *   iframe by `event.source`, the id only names the chart);
 * - AMP's amp-iframe: `{ sentinel: "amp", type: "embed-size", height }`;
 * - pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<px>`, only when pym gave us a childId.
 */
export type HeightMessage =
  | { type: 'critical-minerals-map:height'; height: number }
  | { 'datawrapper-height': Record<string, number> }
  | { sentinel: 'amp'; type: 'embed-size'; height: number }
  | string;

export const HEIGHT_MESSAGE_TYPE = 'critical-minerals-map:height';
export const DEFAULT_EMBED_ID = 'critical-minerals-map';

export interface HeightMessageOptions {
  /** pym.js's `childId` from our URL, or null when pym did not load us. */
  readonly pymChildId: string | null;
  /** The id named in Datawrapper's message; pym's childId when there is one. */
  readonly id?: string;
}

export function heightMessages(height: number, o: HeightMessageOptions): HeightMessage[] {
  const px = Math.max(0, Math.ceil(height));
  const id = o.id ?? o.pymChildId ?? DEFAULT_EMBED_ID;
  const messages: HeightMessage[] = [
    { type: HEIGHT_MESSAGE_TYPE, height: px },
    { 'datawrapper-height': { [id]: px } },
    { sentinel: 'amp', type: 'embed-size', height: px },
  ];
  if (o.pymChildId !== null) messages.push(`pymxPYMx${o.pymChildId}xPYMxheightxPYMx${px}`);
  return messages;
}

const PYM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * pym.js's `childId` from a query string, or null. Only plain ids are accepted: the id is
 * echoed in a string the parent splits on `xPYMx`, so anything else could forge a message.
 */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id !== null && PYM_ID.test(id) && !id.includes('xPYMx') ? id : null;
}
