/**
 * What the frame tells the page around it about the reader's actions, so that a newsroom can
 * count how the map is used without adding a tracker to it. One versioned shape:
 * `{ type: "critical-minerals-map:event", version: 1, name, date, deal }`, with `file` for a
 * download. `date` and `deal` are the view when it happened (deal: the open card, or null).
 * A later version may add fields; a listener should check `type` and `version` only.
 */
export const EVENT_MESSAGE_TYPE = 'critical-minerals-map:event';
export const EVENT_MESSAGE_VERSION = 1;

/**
 * - ready: the map reads `set` messages from now on (sent once, when it starts; a host that
 *   drives the map, such as public/scrolly.js, sends its current step then)
 * - select: the reader opened an event's card (a marker, the table, previous/next, the keyboard)
 * - date: the date came to rest after the reader moved it (slider, keys, previous/next, playback)
 * - play, pause: playback started; it stopped (the reader paused it or it reached the end)
 * - download: the reader downloaded a file (the data as CSV)
 */
export type HostEventName = 'ready' | 'select' | 'date' | 'play' | 'pause' | 'download';

export interface HostEventMessage {
  readonly type: typeof EVENT_MESSAGE_TYPE;
  readonly version: typeof EVENT_MESSAGE_VERSION;
  readonly name: HostEventName;
  readonly date: string;
  readonly deal: string | null;
  /** download only: the file's name as saved. */
  readonly file?: string;
}

export function hostEvent(name: HostEventName, view: { date: string; deal: string | null }, file?: string): HostEventMessage {
  return { type: EVENT_MESSAGE_TYPE, version: EVENT_MESSAGE_VERSION, name, date: view.date, deal: view.deal, ...(file === undefined ? {} : { file }) };
}

export interface ParentClues {
  /** `location.ancestorOrigins` (Chromium, Safari), or null where the browser has none (Firefox). */
  readonly ancestorOrigins: readonly string[] | null;
  /** `document.referrer`: the framing page's address or origin, or '' (referrer policy). */
  readonly referrer: string;
  /** Our query string: pym.js passes the parent's address as `parentUrl`. */
  readonly search: string;
}

/**
 * The framing page's origin, to address the events to it alone, or null when it cannot be
 * known. The browser's own `ancestorOrigins` is authoritative where it exists (its "null" is
 * an opaque parent, which no origin names); otherwise the referrer, then pym's `parentUrl`.
 * A wrong guess costs nothing but the message: the browser delivers a message only to a
 * window whose origin is the one named.
 */
export function parentOrigin(clues: ParentClues): string | null {
  if (clues.ancestorOrigins !== null) return httpOrigin(clues.ancestorOrigins[0] ?? '');
  return httpOrigin(clues.referrer) ?? httpOrigin(new URLSearchParams(clues.search).get('parentUrl') ?? '');
}

function httpOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}
