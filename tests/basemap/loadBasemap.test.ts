import { afterEach, describe, expect, it, vi } from 'vitest';
import { BasemapLoadError, loadBasemap } from '../../src/basemap/loadBasemap';

afterEach(() => {
  vi.unstubAllGlobals();
});

function respond(body: string, status = 200) {
  return vi.fn(async (_url: string) => new Response(body, { status }));
}

describe('loadBasemap(base)', () => {
  it('fetches basemap/world.topo.json relative to base', async () => {
    const fetch = respond('{"type":"Topology","arcs":[],"objects":{"countries":{"type":"GeometryCollection","geometries":[]}}}');
    vi.stubGlobal('fetch', fetch);
    await loadBasemap('https://example.test/app/index.html');
    expect(fetch.mock.calls[0]?.[0]).toBe('https://example.test/app/basemap/world.topo.json');
  });

  it("rejects with kind 'http' on a 404", async () => {
    vi.stubGlobal('fetch', respond('not found', 404));
    await expect(loadBasemap('https://example.test/')).rejects.toMatchObject({ kind: 'http' });
  });

  it("rejects with kind 'parse' on invalid JSON", async () => {
    vi.stubGlobal('fetch', respond('{'));
    await expect(loadBasemap('https://example.test/')).rejects.toMatchObject({ kind: 'parse' });
  });

  it("rejects with kind 'parse' on JSON that is not the basemap topology", async () => {
    vi.stubGlobal('fetch', respond('{"type":"FeatureCollection"}'));
    await expect(loadBasemap('https://example.test/')).rejects.toBeInstanceOf(BasemapLoadError);
  });

  it("rejects with kind 'network' when the fetch itself fails", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(loadBasemap('https://example.test/')).rejects.toMatchObject({ kind: 'network' });
  });
});
