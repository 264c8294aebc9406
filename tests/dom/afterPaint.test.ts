import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, whenStill } from '../../src/dom/afterPaint';

// Node has no frames: a frame here is a 16 ms timer, on fake time.
describe('afterPaint().schedule(task)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 16));
    vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the task after the next frame, not before', () => {
    const task = vi.fn();
    afterPaint().schedule(task);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(16);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs only the last of several tasks scheduled before a frame', () => {
    const later = afterPaint();
    const [a, b, c] = [vi.fn(), vi.fn(), vi.fn()];
    later.schedule(a);
    later.schedule(b);
    later.schedule(c);
    vi.advanceTimersByTime(16);
    vi.advanceTimersByTime(1);
    expect([a.mock.calls.length, b.mock.calls.length, c.mock.calls.length]).toEqual([0, 0, 1]);
  });

  it('runs nothing once cancelled', () => {
    const later = afterPaint();
    const task = vi.fn();
    later.schedule(task);
    later.cancel();
    vi.advanceTimersByTime(16);
    vi.advanceTimersByTime(10);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('whenStill(wait).schedule(task)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits until no call has come for `wait` ms, then runs the last task once', () => {
    const still = whenStill(400);
    const [a, b] = [vi.fn(), vi.fn()];
    still.schedule(a);
    vi.advanceTimersByTime(300);
    still.schedule(b);
    vi.advanceTimersByTime(300);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([0, 0]);
    vi.advanceTimersByTime(100);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([0, 1]);
  });
});
