/** How long the documents in flight may take to finish once a run is cancelled, before they are stopped. */
export const CANCEL_GRACE_MS = 1500;

/**
 * Calls `stop` `graceMs` after `signal` aborts (at once counted from now if it already has). Returns a
 * function that forgets it all, for a run that ended first. The timer never keeps the process alive.
 */
export function afterGrace(signal: AbortSignal, graceMs: number, stop: () => void): () => void {
  let timer: NodeJS.Timeout | undefined;
  const start = (): void => {
    timer = setTimeout(stop, graceMs);
    timer.unref();
  };
  if (signal.aborted) start();
  else signal.addEventListener('abort', start, { once: true });
  return () => {
    signal.removeEventListener('abort', start);
    clearTimeout(timer);
  };
}
