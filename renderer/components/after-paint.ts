/** The page's frame and timer functions, passed in so the scheduling can be tested without a browser. */
export interface PaintClock {
  requestFrame(run: () => void): number;
  cancelFrame(handle: number): void;
  setTimer(run: () => void): ReturnType<typeof setTimeout>;
  clearTimer(handle: ReturnType<typeof setTimeout>): void;
}

const browserClock: PaintClock = {
  requestFrame: (run) => requestAnimationFrame(run),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  setTimer: (run) => setTimeout(run, 0),
  clearTimer: (handle) => clearTimeout(handle),
};

export interface AfterPaint {
  /**
   * Asks for `run` in a task after the next frame. Asks made before that task runs are merged: the last one's
   * `run` runs, once (an ask made between the frame and its task joins that task, so it can run before its own
   * commit is painted; that only costs a layout, never a wrong read).
   */
  request(run: () => void): void;
  cancel(): void;
}

/**
 * Runs what it is asked for in a task after the next paint: a frame callback, then a timer (the frame is
 * drawn by the time a task queued from its callback runs).
 */
export function afterPaint(clock: PaintClock = browserClock): AfterPaint {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: (() => void) | null = null;
  return {
    request: (run) => {
      pending = run;
      if (frame !== null || timer !== null) return;
      frame = clock.requestFrame(() => {
        frame = null;
        timer = clock.setTimer(() => {
          timer = null;
          const next = pending;
          pending = null;
          next?.();
        });
      });
    },
    cancel: () => {
      if (frame !== null) clock.cancelFrame(frame);
      if (timer !== null) clock.clearTimer(timer);
      frame = null;
      timer = null;
      pending = null;
    },
  };
}
