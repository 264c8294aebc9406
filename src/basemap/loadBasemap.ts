import type { BasemapTopology } from './basemap';

export type BasemapLoadErrorKind = 'http' | 'parse' | 'network' | 'timeout';

/** Why the basemap could not be loaded, with the URL it was loaded from. */
export class BasemapLoadError extends Error {
  override readonly name = 'BasemapLoadError';
  constructor(
    readonly kind: BasemapLoadErrorKind,
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${url}: ${message}`, options);
  }
}

/** Path of the basemap inside the site, written by src/build/basemap.mjs. */
export const BASEMAP_PATH = 'basemap/world.topo.json';

/** As for the story data (src/data/load.ts): a server that never answers is a failure too. */
const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Fetches the basemap TopoJSON at `path` (a build's hashed name) relative to `base` (the page's `document.baseURI` in the
 * app, so the site works from any folder). An abort through `signal` rejects with the
 * fetch's own AbortError, untouched, so callers can tell it from a failure. No answer (or
 * no complete body) within `timeoutMs` rejects with kind 'timeout'.
 */
export async function loadBasemap(base: string | URL, signal?: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS, path = BASEMAP_PATH): Promise<BasemapTopology> {
  const url = new URL(path, base).href;
  const clock = AbortSignal.timeout(timeoutMs);
  const timedOut = () => new BasemapLoadError('timeout', url, `no answer within ${Math.round(timeoutMs / 100) / 10} seconds`);
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ? AbortSignal.any([signal, clock]) : clock, credentials: 'same-origin' });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (clock.aborted) throw timedOut();
    throw new BasemapLoadError('network', url, `could not be fetched (${String(error)})`, { cause: error });
  }
  if (!response.ok) throw new BasemapLoadError('http', url, `HTTP ${response.status} ${response.statusText}`.trim());
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (signal?.aborted) throw error;
    if (clock.aborted) throw timedOut();
    throw new BasemapLoadError('parse', url, `is not valid JSON (${String(error)})`, { cause: error });
  }
  if (!isBasemapTopology(json)) {
    throw new BasemapLoadError('parse', url, 'is not a TopoJSON Topology with a `countries` GeometryCollection');
  }
  return json;
}

function isBasemapTopology(value: unknown): value is BasemapTopology {
  const topology = value as { type?: unknown; arcs?: unknown; objects?: { countries?: { type?: unknown; geometries?: unknown } } } | null;
  return (
    typeof topology === 'object' &&
    topology !== null &&
    topology.type === 'Topology' &&
    Array.isArray(topology.arcs) &&
    topology.objects?.countries?.type === 'GeometryCollection' &&
    Array.isArray(topology.objects.countries.geometries)
  );
}
