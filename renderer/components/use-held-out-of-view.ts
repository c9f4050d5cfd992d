import { useEffect, useRef, useState, type RefObject } from 'react';

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
  // What was shown when the element left the view; null while it is in view.
  const [held, setHeld] = useState<{ value: T } | null>(null);
  const shown = useRef(value);
  useEffect(() => {
    shown.current = value;
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      const isInView = entries.some((entry) => entry.isIntersecting);
      setHeld((current) => (isInView ? null : (current ?? { value: shown.current })));
    }, { rootMargin: NEAR_VIEW });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  return held ? held.value : value;
}
