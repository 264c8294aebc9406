interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Ends the current task and resolves in a new one, so that the browser can paint and answer
 * the reader in between: long start-up work is cut into short tasks (none over 50 ms, which
 * Lighthouse would count as blocking). `scheduler.yield()` where the browser has it (the
 * continuation keeps its place ahead of other queued work), else a MessageChannel message,
 * which, unlike setTimeout, is not clamped to 4 ms after a few nested calls.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
