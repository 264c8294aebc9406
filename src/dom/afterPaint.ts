/**
 * Runs `task` once the browser has painted the current changes: the next animation frame
 * draws them, and a task queued from that frame runs after it. Scheduling again before it
 * runs replaces the pending call (the last one wins), so a reader dragging the timeline
 * across several events gets one flight, to where they stopped. Returns a cancel function.
 */
export function afterPaint(): { schedule(task: () => void): void; cancel(): void } {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  return {
    schedule(task) {
      cancel();
      frame = requestAnimationFrame(() => {
        timer = setTimeout(task, 0);
      });
    },
    cancel,
  };
}

/** Runs `task` when `wait` ms have passed without another call: after the reader stops. */
export function whenStill(wait: number): { schedule(task: () => void): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule(task) {
      clearTimeout(timer);
      timer = setTimeout(task, wait);
    },
    cancel: () => clearTimeout(timer),
  };
}
