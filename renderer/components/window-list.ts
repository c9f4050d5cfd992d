import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterPaint } from './after-paint';

/** Lists up to this long are drawn whole (every screen of a normal plan, and every end-to-end test). */
export const WINDOW_LIST_THRESHOLD = 24;

/**
 * true while the page is being printed: a printout shows every row, so windowed lists draw them all then.
 * The switch is flushed inside `beforeprint`, which Chromium waits for before laying out the printout.
 */
export function usePrinting(): boolean {
  const [isPrinting, setPrinting] = useState(() => typeof window !== 'undefined' && window.matchMedia?.('print').matches === true);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return isPrinting;
}

/**
 * The window scrolled as the library does, except to where it already is: the virtualizer does that as it
 * mounts, and each such scroll forced a layout of the whole page (0.6 s of the 50-offer comparison's open on
 * a loaded machine, one per list).
 */
function scrollWindow(offset: number, { adjustments = 0, behavior }: { adjustments?: number; behavior?: ScrollBehavior }, instance: Virtualizer<Window, Element>): void {
  const top = offset + adjustments;
  if (behavior !== 'smooth' && instance.scrollOffset !== null && Math.abs(top - instance.scrollOffset) < 0.5) return;
  window.scrollTo({ top, behavior });
}

export interface WindowRows {
  /** Indexes to draw, in order. */
  indexes: number[];
  /** Space to leave before the first drawn row and after the last (px); 0 when everything is drawn. */
  before: number;
  after: number;
  /** Ref for each drawn row (with data-index), so its real height replaces the estimate. */
  measure: (node: Element | null) => void;
  /** Ref (callback) for the element that holds the rows: its place on the page is where the window starts. */
  attachList: (node: HTMLElement | null) => void;
  isWindowed: boolean;
  /** Brings a row into the window (and so into the page), e.g. one opened from another screen. */
  scrollToIndex: (index: number) => void;
}

const everything = (count: number): number[] => Array.from({ length: count }, (_, index) => index);
const noMeasure = () => {};

/**
 * A row's height from its ResizeObserver entry only. The library's default also reads `offsetHeight` as
 * each row is attached, which forces a layout of the whole page per row (0.26 s when the 50-offer comparison
 * opens): until the observer reports, right after the first layout, the cached or estimated size stands.
 */
export function observedSize<Scroller extends Element | Window>(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<Scroller, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index);
}

/**
 * The rows of a long list that are near the part of the page in view (@tanstack/react-virtual against the
 * window, which is what scrolls in this app), for lists of whole cards or table rows of varying height.
 * Short lists and printouts get every row.
 */
export function useWindowRows(count: number, estimateSize: (index: number) => number, options: { overscan?: number; threshold?: number } = {}): WindowRows {
  const listNode = useRef<HTMLElement | null>(null);
  const attachList = useCallback((node: HTMLElement | null) => {
    listNode.current = node;
  }, []);
  const isPrinting = usePrinting();
  const isWindowed = !isPrinting && count > (options.threshold ?? WINDOW_LIST_THRESHOLD);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the list starts on the page moves when something above it changes height: checked after each render,
  // once it is painted. Read before the paint, it forced a layout of the whole page per commit (about 1 s of the
  // 50-offer comparison's open on a loaded machine); a list below the fold draws its first rows meanwhile.
  // Not in the effect itself: after a click or a keystroke React runs the effects in the event's own task,
  // before its frame, so the read laid out the page there (a tick's row, issue 16). Reads asked for before
  // the paint are one read after it.
  const [reader] = useState(() => (typeof window === 'undefined' ? null : afterPaint()));
  useEffect(() => {
    if (!isWindowed || !reader) return;
    reader.request(() => {
      if (!listNode.current) return;
      const top = Math.round(listNode.current.getBoundingClientRect().top + window.scrollY);
      setScrollMargin((current) => (current === top ? current : top));
    });
  });
  useEffect(() => () => reader?.cancel(), [reader]);
  // The app does not use the React Compiler; the virtualizer re-renders its owner itself on scroll.
  const virtualizer = useWindowVirtualizer({
    count: isWindowed ? count : 0,
    // A list drawn whole needs no scroll or size observers.
    enabled: isWindowed,
    estimateSize,
    scrollToFn: scrollWindow,
    measureElement: observedSize,
    overscan: options.overscan ?? 4,
    scrollMargin,
    initialRect: { width: 1280, height: typeof window === 'undefined' ? 900 : window.innerHeight },
    // The rows a scroll brings near the view are drawn in a render of their own right after the scroll event
    // (overscan keeps drawn rows ahead of the view), not inside it: the library's flushSync re-rendered the
    // whole list inside the frame, so a click right after a scroll (a row scrolled into view, then ticked)
    // waited for that render and its forced layout before its paint (issue 16).
    useFlushSync: false,
  });
  if (!isWindowed) return { indexes: everything(count), before: 0, after: 0, measure: noMeasure, attachList, isWindowed, scrollToIndex: noMeasure };
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    indexes: items.map((item) => item.index),
    before: first ? first.start - scrollMargin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
    measure: virtualizer.measureElement,
    attachList,
    isWindowed,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
  };
}
