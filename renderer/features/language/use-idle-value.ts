import { useEffect, useState } from 'react';

const requestIdle: (run: () => void, timeoutMs: number) => number =
  typeof requestIdleCallback === 'function' ? (run, timeout) => requestIdleCallback(run, { timeout }) : (run) => window.setTimeout(run, 50);
const cancelIdle: (handle: number) => void = typeof cancelIdleCallback === 'function' ? (handle) => cancelIdleCallback(handle) : (handle) => window.clearTimeout(handle);

/**
 * `value` as of the last time the browser was idle (at most `timeoutMs` after it changed): for a part whose
 * update cannot be interrupted. recharts keeps its own store and re-renders through it synchronously after
 * each new data array, so useDeferredValue does not keep a chart's update out of the way of the paint after
 * a click (note 0019); updating the chart when the page is idle does. The timeout is short so that on a
 * busy machine the update still lands soon after the paint, rather than in the way of the next click.
 * The first render shows `value` itself.
 */
export function useIdleValue<T>(value: T, timeoutMs = 200): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const handle = requestIdle(() => setShown(() => value), timeoutMs);
    return () => cancelIdle(handle);
  }, [value, shown, timeoutMs]);
  return shown;
}
