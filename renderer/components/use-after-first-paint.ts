import { startTransition, useEffect, useState } from 'react';

/**
 * False in a component's first render, true in a render that starts once that first render has been painted
 * (a frame, then a task) and that React may interrupt for input. For parts of a screen that can follow its
 * first screenful (issue 16).
 *
 * Why not `useDeferredValue(true, false)`: when the first render is itself a low-priority one (a lazy screen
 * revealed after its code arrived), each attempt at it claims a new deferred lane that outranks it, so React
 * threw the half-done render away and started again, about a dozen times, before anything was painted.
 */
export function useAfterFirstPaint(): boolean {
  const [isAfter, setAfter] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setAfter(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
    };
  }, []);
  return isAfter;
}
