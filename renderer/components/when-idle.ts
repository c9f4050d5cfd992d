/**
 * Runs `run` in an idle moment of the page, at the latest after `timeoutMs`; returns a cancel. Where the
 * browser has no idle callbacks (some test environments), a plain timer stands in.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}
