import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { setDate } from '../../src/state/actions';
import { createViewStore } from '../../src/state/store';
import { urlSync } from '../../src/state/urlSync';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function fakeBrowser(search: string) {
  const location = { pathname: '/map/', search, hash: '#x' } as Location;
  const calls: string[] = [];
  const history = {
    state: null,
    replaceState: (_: unknown, __: string, url: string) => {
      calls.push(url);
      location.search = url.slice('/map/'.length, url.indexOf('#'));
    },
  } as unknown as History;
  return { location, history, calls };
}

it('urlSync writes the address once the view has rested, with the last date, keeping other parameters', () => {
  const store = createViewStore({ date: '2025-10-01', selectedId: null, hoverId: null, playing: false });
  const b = fakeBrowser('?embed=1&date=2025-10-01');
  urlSync(store, b.location, b.history);
  for (const d of ['2025-10-02', '2025-10-03', '2025-10-04']) setDate(store, d);
  vi.advanceTimersByTime(150);
  expect(b.calls).toEqual([]);
  vi.advanceTimersByTime(100);
  expect(b.calls).toEqual(['/map/?embed=1&date=2025-10-04#x']);
});

it('urlSync writes nothing after it is stopped', () => {
  const store = createViewStore({ date: '2025-10-01', selectedId: null, hoverId: null, playing: false });
  const b = fakeBrowser('?date=2025-10-01');
  const sync = urlSync(store, b.location, b.history);
  setDate(store, '2025-10-05');
  sync.stop();
  vi.advanceTimersByTime(1000);
  expect(b.calls).toEqual([]);
});

it('urlSync.flush() writes a pending change at once (before a reload)', () => {
  const store = createViewStore({ date: '2025-10-01', selectedId: null, hoverId: null, playing: false });
  const b = fakeBrowser('?date=2025-10-01');
  const sync = urlSync(store, b.location, b.history);
  setDate(store, '2025-10-07');
  sync.flush();
  expect(b.calls).toEqual(['/map/?date=2025-10-07#x']);
  vi.advanceTimersByTime(1000);
  expect(b.calls).toHaveLength(1);
});
