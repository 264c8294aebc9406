// The loader against fixed HTTP answers: the injected fetch stands in for the network only.
// The answers are the fixture story's files (tests/fixtures/story/), so an edit to the real
// story in data/ never changes what this test expects.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadError, loadStoryData } from '../../src/data/load';
import { FIXTURE_STORY_DIR } from '../support/storyData';

const BASE = 'https://news.example/map/';

function fixtureBody(name: string): string {
  return readFileSync(path.join(FIXTURE_STORY_DIR, name), 'utf8');
}

/** A fetch that answers each data/<name>.json with `answer(name)`, or the fixture's file. */
function fakeFetch(answer: (name: string) => Response | Promise<Response> | undefined): typeof fetch {
  return (input) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const name = url.pathname.split('/').at(-1) ?? '';
    return Promise.resolve(answer(name) ?? new Response(fixtureBody(name), { status: 200 }));
  };
}

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LoadError) return error;
    throw error;
  }
  throw new Error('the load succeeded');
}

describe('loadStoryData(base, { fetch })', () => {
  it('returns the validated StoryData when all four files answer 200', async () => {
    const data = await loadStoryData(BASE, { fetch: fakeFetch(() => undefined) });
    // Values written in the fixture files: a deal's target, the world total, the checked date.
    expect(data.events.find((e) => e.id === 'fixture-philippines')?.deal?.target.name).toBe('Cabanatuan');
    expect(data.production.worldTotal).toBe(300_000);
    expect(data.story.checked).toBe('2025-11-01');
  });

  it('requests data/<name>.json relative to the base', async () => {
    const seen: string[] = [];
    const fetchFn: typeof fetch = (input) => {
      seen.push(String(input));
      return fakeFetch(() => undefined)(input);
    };
    await loadStoryData(BASE, { fetch: fetchFn });
    expect(seen.sort()).toEqual([
      'https://news.example/map/data/events.json',
      'https://news.example/map/data/parties.json',
      'https://news.example/map/data/production.json',
      'https://news.example/map/data/story.json',
    ]);
  });

  it('requests the hashed names it is given, and still names the file as data/<name>.json when one fails', async () => {
    const urls = { events: 'data/events.abc.json', parties: 'data/parties.abc.json', production: 'data/production.abc.json', story: 'data/story.abc.json' };
    const seen: string[] = [];
    const fetchFn: typeof fetch = (input) => {
      const url = String(input);
      seen.push(url);
      if (url.endsWith('events.abc.json')) return Promise.resolve(new Response('', { status: 404 }));
      return Promise.resolve(new Response(fixtureBody(url.split('/').at(-1)!.replace('.abc', '')), { status: 200 }));
    };
    const error = await failure(loadStoryData(BASE, { fetch: fetchFn, urls }));
    expect(seen.sort()).toEqual(
      Object.values(urls)
        .map((u) => `${BASE}${u}`)
        .sort(),
    );
    expect(error.file).toBe('data/events.json');
  });

  it('rejects with kind "http" and a readable sentence when a file answers 404', async () => {
    const error = await failure(loadStoryData(BASE, { fetch: fakeFetch((n) => (n === 'events.json' ? new Response('', { status: 404 }) : undefined)) }));
    expect([error.kind, error.file, error.message]).toEqual(['http', 'data/events.json', 'Could not load data/events.json: the server answered 404.']);
  });

  it('rejects with kind "parse" when a file is truncated JSON', async () => {
    const cut = fixtureBody('story.json').slice(0, 200);
    const error = await failure(loadStoryData(BASE, { fetch: fakeFetch((n) => (n === 'story.json' ? new Response(cut) : undefined)) }));
    expect([error.kind, error.file]).toEqual(['parse', 'data/story.json']);
  });

  it('rejects with kind "timeout" when a file never answers', async () => {
    const never = new Promise<Response>(() => undefined);
    const error = await failure(loadStoryData(BASE, { timeoutMs: 20, fetch: fakeFetch((n) => (n === 'parties.json' ? never : undefined)) }));
    expect([error.kind, error.file]).toEqual(['timeout', 'data/parties.json']);
  });

  it('rejects with kind "network" when the request itself fails', async () => {
    const error = await failure(loadStoryData(BASE, { fetch: () => Promise.reject(new TypeError('Failed to fetch')) }));
    expect(error.kind).toBe('network');
  });

  it('rejects with kind "invalid" carrying the schema message when a file breaks the schema', async () => {
    const events = JSON.parse(fixtureBody('events.json')) as { events: { date: string }[] };
    events.events[0]!.date = '2025-02-30';
    const error = await failure(loadStoryData(BASE, { fetch: fakeFetch((n) => (n === 'events.json' ? Response.json(events) : undefined)) }));
    expect([error.kind, error.file]).toEqual(['invalid', 'data/events.json']);
    expect(error.message).toContain('data/events.json: event "fixture-controls-may" (#1): field "date": is not a real calendar date');
  });

  it("rejects with the caller's reason when the caller aborts", async () => {
    const controller = new AbortController();
    const never = new Promise<Response>(() => undefined);
    const load = loadStoryData(BASE, { signal: controller.signal, fetch: () => never });
    controller.abort(new Error('navigated away'));
    await expect(load).rejects.toThrow('navigated away');
  });
});
