/** Why the story data could not be loaded, for the app's error screen and for tests. */
export type LoadErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'invalid';

/**
 * The runtime loader failed. `message` is a sentence a reader can be shown, e.g.
 * "Could not load data/events.json: the server answered 404."
 */
export class LoadError extends Error {
  override name = 'LoadError';

  constructor(
    readonly kind: LoadErrorKind,
    /** The data file concerned, e.g. `data/events.json`. */
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
