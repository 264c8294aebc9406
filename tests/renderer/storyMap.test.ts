import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchContextLoss } from '../../src/renderer/storyMap';

/** The two MapLibre events watchContextLoss listens to, fired by hand. */
function fakeMap() {
  const handlers = new Map<string, () => void>();
  return { on: (type: string, fn: () => void) => void handlers.set(type, fn), fire: (type: string) => handlers.get(type)?.() };
}

afterEach(() => vi.useRealTimers());

describe('watchContextLoss(map, onGone, timeout)', () => {
  it('calls onGone when the context is not restored within the timeout', () => {
    vi.useFakeTimers();
    const map = fakeMap();
    const onGone = vi.fn();
    watchContextLoss(map as never, onGone, 3000);
    map.fire('webglcontextlost');
    vi.advanceTimersByTime(2999);
    expect(onGone).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onGone).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the context comes back in time', () => {
    vi.useFakeTimers();
    const map = fakeMap();
    const onGone = vi.fn();
    watchContextLoss(map as never, onGone, 3000);
    map.fire('webglcontextlost');
    vi.advanceTimersByTime(1000);
    map.fire('webglcontextrestored');
    vi.advanceTimersByTime(5000);
    expect(onGone).not.toHaveBeenCalled();
  });
});
