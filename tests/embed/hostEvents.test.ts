// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { goToEvent, selectEvent, setDate, setPlaying } from '../../src/state/actions';
import { createViewStore } from '../../src/state/store';
import { trackHostChanges } from '../../src/embed/hostChanges';
import { hostEvent, parentOrigin } from '../../src/embed/hostEvents';
import { mountHostEvents } from '../../src/embed/mountHostEvents';
import { mountHostControl } from '../../src/embed/mountHostControl';
import type { StoryEvent } from '../../src/data/types';

describe('parentOrigin(clues)', () => {
  const none = { ancestorOrigins: null, referrer: '', search: '' };
  test('takes the browser’s ancestorOrigins first, whatever the referrer says', () => {
    expect(parentOrigin({ ...none, ancestorOrigins: ['https://news.example'], referrer: 'https://other.example/a' })).toBe('https://news.example');
  });
  test('an opaque parent ("null" in ancestorOrigins) has no origin to name', () => {
    expect(parentOrigin({ ...none, ancestorOrigins: ['null'], referrer: 'https://news.example/a' })).toBeNull();
  });
  test('without ancestorOrigins, the referrer’s origin, then pym’s parentUrl', () => {
    expect(parentOrigin({ ...none, referrer: 'https://news.example/story/1?x' })).toBe('https://news.example');
    expect(parentOrigin({ ...none, search: '?embed=1&parentUrl=https%3A%2F%2Fpym.example%2Fp%2F' })).toBe('https://pym.example');
  });
  test('nothing usable (no referrer, a javascript: parentUrl) is null', () => {
    expect(parentOrigin(none)).toBeNull();
    expect(parentOrigin({ ...none, search: '?parentUrl=javascript:alert(1)' })).toBeNull();
  });
});

test('hostEvent is the versioned message, with the view and, for a download, the file', () => {
  expect(hostEvent('select', { date: '2025-10-28', deal: 'us-japan' })).toEqual({
    type: 'critical-minerals-map:event',
    version: 1,
    name: 'select',
    date: '2025-10-28',
    deal: 'us-japan',
  });
  expect(hostEvent('download', { date: '2025-10-28', deal: null }, 'x.csv')).toMatchObject({ name: 'download', deal: null, file: 'x.csv' });
});

describe('mountHostEvents in a frame', () => {
  const japan = { id: 'us-japan', date: '2025-10-28' } as StoryEvent;
  const australia = { id: 'us-australia', date: '2025-10-20' } as StoryEvent;
  let posted: { data: { name: string; date: string; deal: string | null; file?: string }; target: string }[];
  let listeners: ((e: MessageEvent) => void)[];
  let parent: { postMessage: (data: never, target: string) => void };
  let win: Window;

  beforeEach(() => {
    vi.useFakeTimers();
    posted = [];
    listeners = [];
    parent = { postMessage: (data, target) => void posted.push({ data, target }) };
    win = {
      parent,
      location: { ancestorOrigins: ['https://news.example'], search: '?embed=1' },
      document: { referrer: '' },
      addEventListener: (_: string, f: (e: MessageEvent) => void) => void listeners.push(f),
      removeEventListener: () => {},
    } as unknown as Window;
  });
  afterEach(() => vi.useRealTimers());

  function mount() {
    const store = createViewStore({ date: '2025-10-01', selectedId: null, hoverId: null, playing: false });
    const changes = trackHostChanges(store);
    const root = document.createElement('div');
    const stop = mountHostEvents(store, root, changes, win);
    mountHostControl(store, [japan, australia], { ids: new Set(['us-japan', 'us-australia']), start: '2025-04-04', end: '2025-11-09' }, win, changes);
    const fromHost = (data: unknown) => {
      for (const f of listeners) f({ source: parent, data } as unknown as MessageEvent);
    };
    return { store, root, stop, fromHost };
  }
  // After the one `ready` sent on mount.
  const names = () => posted.slice(1).map((p) => p.data.name);

  test('the reader’s select, play, pause and rested date reach the parent’s origin only, after one ready', () => {
    const { store } = mount();
    expect(posted).toEqual([{ data: hostEvent('ready', { date: '2025-10-01', deal: null }), target: 'https://news.example' }]);
    selectEvent(store, australia);
    expect(posted.at(-1)).toEqual({ data: hostEvent('select', { date: '2025-10-20', deal: 'us-australia' }), target: 'https://news.example' });
    vi.advanceTimersByTime(600);
    expect(names()).toEqual(['select', 'date']);
    setPlaying(store, true);
    goToEvent(store, japan); // the player lands on an event: neither a select nor a date while playing
    vi.advanceTimersByTime(2000);
    setPlaying(store, false);
    expect(names()).toEqual(['select', 'date', 'play', 'pause']);
    vi.advanceTimersByTime(600);
    expect(posted.at(-1)!.data).toMatchObject({ name: 'date', date: '2025-10-28', deal: 'us-japan' });
    expect(new Set(posted.map((p) => p.target))).toEqual(new Set(['https://news.example']));
  });

  test('a date is sent once it rests, not for each day of a drag', () => {
    const { store } = mount();
    for (const d of ['2025-10-02', '2025-10-03', '2025-10-04']) {
      setDate(store, d);
      vi.advanceTimersByTime(100);
    }
    expect(names()).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(posted.slice(1).map((p) => p.data.date)).toEqual(['2025-10-04']);
  });

  test('changes the host made with `set` are never echoed back, even when they stop playback', () => {
    const { store, fromHost } = mount();
    setPlaying(store, true);
    fromHost({ type: 'critical-minerals-map:set', event: 'us-japan' });
    fromHost({ type: 'critical-minerals-map:set', date: '2025-10-21' });
    vi.advanceTimersByTime(2000);
    expect(names()).toEqual(['play']);
    expect(store.getState()).toMatchObject({ date: '2025-10-21', selectedId: null, playing: false });
    // A reader's drag that the host then overrides: the host's date wins, nothing is sent.
    setDate(store, '2025-10-24');
    fromHost({ type: 'critical-minerals-map:set', date: '2025-10-25' });
    vi.advanceTimersByTime(2000);
    expect(names()).toEqual(['play']);
  });

  test('a download link’s click says which file', () => {
    const { root } = mount();
    const a = document.createElement('a');
    a.setAttribute('download', 'critical-minerals-events.csv');
    a.append(document.createElement('span'));
    root.append(a);
    a.firstElementChild!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(posted.at(-1)!.data).toMatchObject({ name: 'download', file: 'critical-minerals-events.csv' });
  });

  test('with no known parent origin the message goes to "*"; unmounted, nothing more is sent', () => {
    (win.location as unknown as { ancestorOrigins: string[] }).ancestorOrigins = ['null'];
    const { store, stop } = mount();
    selectEvent(store, japan);
    expect(posted.at(-1)!.target).toBe('*');
    stop();
    selectEvent(store, australia);
    vi.advanceTimersByTime(2000);
    expect(names()).toEqual(['select']);
  });
});
