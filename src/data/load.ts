// The runtime loader: fetch the four data files next to the page, check them with the same
// schema as the build, and turn every way that can fail into one LoadError.
import { LoadError } from './loadError';
import { DATA_FILES, DataError, parseStoryData, type DataFileName } from './schema';
import type { StoryData } from './types';

export { LoadError };

export interface LoadOptions {
  /** Cancels the load; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** For the whole load, all four files. Default 15 s. */
  timeoutMs?: number;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Where each file is, relative to `base` (a build's hashed names); default data/<name>.json. */
  urls?: Readonly<Record<DataFileName, string>>;
}

const DEFAULT_TIMEOUT_MS = 15_000;
const NAMES = Object.keys(DATA_FILES) as DataFileName[];

function resolveBase(base: string | URL): URL {
  // A relative base such as Vite's './' is relative to the page.
  return new URL(base, globalThis.location?.href);
}

async function fetchJson(file: string, url: URL, fetchFn: typeof fetch, signal: AbortSignal): Promise<unknown> {
  let body: string;
  try {
    const response = await fetchFn(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new LoadError('http', file, `Could not load ${file}: the server answered ${response.status}.`);
    }
    body = await response.text();
  } catch (error) {
    if (error instanceof LoadError || signal.aborted) throw error;
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new LoadError('network', file, `Could not load ${file}: the network request failed${detail}.`, { cause: error });
  }
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new LoadError('parse', file, `Could not read ${file}: it is not valid JSON, perhaps cut short${detail}.`, {
      cause: error,
    });
  }
}

export async function loadStoryData(base: string | URL, options: LoadOptions = {}): Promise<StoryData> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, fetch: fetchFn = globalThis.fetch.bind(globalThis), urls = DATA_FILES } = options;
  signal?.throwIfAborted();
  const root = resolveBase(base);
  // One controller stops every request, whether the caller aborts or the clock runs out.
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  const pending = new Set<string>(NAMES.map((name) => DATA_FILES[name]));
  const files = Promise.all(
    NAMES.map(async (name) => {
      const file = DATA_FILES[name];
      // Messages name the file as the journalist knows it (data/events.json), not its hash.
      const json = await fetchJson(file, new URL(urls[name], root), fetchFn, controller.signal);
      pending.delete(file);
      return [name, json] as const;
    }),
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  // The race rejects on the deadline even if a fetch ignores its abort signal.
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const file = [...pending][0] ?? DATA_FILES.events;
      const seconds = Math.round(timeoutMs / 100) / 10;
      reject(new LoadError('timeout', file, `Could not load ${file}: no answer within ${seconds} seconds.`));
      controller.abort();
    }, timeoutMs);
  });
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener(
      'abort',
      () => {
        if (signal?.aborted) reject(signal.reason);
      },
      { once: true },
    );
  });
  // Neither guard may outlive the load as an unhandled rejection.
  deadline.catch(() => undefined);
  aborted.catch(() => undefined);

  try {
    const entries = await Promise.race([files, deadline, aborted]);
    const json = Object.fromEntries(entries) as Record<DataFileName, unknown>;
    return parseStoryData(json);
  } catch (error) {
    if (error instanceof DataError) {
      throw new LoadError('invalid', error.file, `The story data is invalid: ${error.message}`, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    // After a failure, stop the files still in flight; after success this does nothing.
    controller.abort();
    signal?.removeEventListener('abort', onAbort);
  }
}
