import { useEffect, useState, type RefObject } from 'react';

/** How near the window's edge a part counts as in view: it is up to date by the time it scrolls in. */
const NEAR_VIEW = '300px';

/**
 * `value` while the element is in view (or near it); while it is out of view, the value it had when it
 * left. For a part that is costly to redraw and often below the fold: the study log's weekly charts take
 * 70-130 ms to redraw a long log, and a person adding entries one after another at the form above them
 * would otherwise wait for that after every entry, with the charts not even on screen (note 0032). Where
 * the page has no IntersectionObserver, everything counts as in view.
 */
export function useHeldOutOfView<T>(value: T, ref: RefObject<Element | null>): T {
  const [isInView, setIsInView] = useState(true);
  const [held, setHeld] = useState(value);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => setIsInView(entries.some((entry) => entry.isIntersecting)), { rootMargin: NEAR_VIEW });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  // Remembered during render (React's pattern for state from earlier renders): what to keep showing once out of view.
  if (isInView && !Object.is(held, value)) setHeld(value);
  return isInView ? value : held;
}
