/**
 * Runs in the page before its own scripts (addInitScript). It records, on the page's own clock:
 * - when <body data-planner-ready> is set and when the first screen ([data-testid^="view-"], or the bare
 *   page's rows) is in the DOM, each with the paint after it (requestAnimationFrame, then a task: the frame
 *   has been drawn by then);
 * - for every keydown and click, the time from the event (event.timeStamp) to the paint after it;
 * - Event Timing entries (input to next paint, as Chromium reports them) as a cross-check;
 * - `__bench.armUntil(selector, later?)`: the paint after the selector appears, for "open a screen" figures,
 *   and optionally the paint after a second selector appears (a part drawn in a render of its own).
 */
export const PAGE_TIMING_SCRIPT = `(() => {
  const afterPaint = (then) => requestAnimationFrame(() => setTimeout(() => then(performance.now()), 0));
  const bench = { ready: null, readyPainted: null, screen: null, screenPainted: null, interactions: [], eventTiming: [], until: null, untilSelector: null, later: null, laterSelector: null };
  window.__bench = bench;
  const check = () => {
    if (bench.ready === null && document.body && document.body.dataset.plannerReady) {
      bench.ready = performance.now();
      afterPaint((t) => (bench.readyPainted = t));
    }
    if (bench.screen === null && document.querySelector('[data-testid^="view-"], [data-bench-screen]')) {
      bench.screen = performance.now();
      afterPaint((t) => (bench.screenPainted = t));
    }
    if (bench.untilSelector && bench.until === null && document.querySelector(bench.untilSelector)) {
      bench.untilSelector = null;
      afterPaint((t) => (bench.until = t));
    }
    if (bench.laterSelector && bench.later === null && document.querySelector(bench.laterSelector)) {
      bench.laterSelector = null;
      afterPaint((t) => (bench.later = t));
    }
    if (bench.changeSelector && bench.until === null) {
      const node = document.querySelector(bench.changeSelector);
      if (node && node.textContent !== bench.changeFrom) {
        bench.changeSelector = null;
        afterPaint((t) => (bench.until = t));
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  bench.armUntil = (selector, later) => {
    bench.until = null;
    bench.untilSelector = selector;
    bench.later = null;
    bench.laterSelector = later ?? null;
  };
  bench.armChange = (selector) => {
    bench.until = null;
    bench.changeSelector = selector;
    bench.changeFrom = document.querySelector(selector)?.textContent ?? null;
  };
  for (const type of ['keydown', 'click']) {
    window.addEventListener(type, (event) => {
      const start = event.timeStamp;
      bench.lastEvent = start;
      afterPaint((t) => bench.interactions.push({ type, ms: t - start }));
      queueMicrotask(check);
    }, true);
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.eventTiming.push({ name: entry.name, ms: entry.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
})();`;
