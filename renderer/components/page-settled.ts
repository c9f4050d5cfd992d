import type { PlannerApi } from '../../shared/contract/operations';
import { planner } from '../api/planner';

/**
 * Parts of a screen worked out after it is drawn (the flip points, the overview's verdict) say so with
 * aria-busy while they are being worked out, and may show the figures of the plan before the last change
 * meanwhile. A printout or PDF must not carry those: printing waits until nothing on the page is busy
 * (buttons aside: the Print button itself is busy while it waits), or gives up waiting after `timeoutMs` and
 * prints what is there, so a part that never finishes cannot block printing.
 */
export interface SettleClock {
  nextFrame(callback: () => void): void;
  /** The time limit runs on a timer, not on frames: a hidden window gets no frames. */
  after(ms: number, callback: () => void): void;
}

const browserClock: SettleClock = {
  nextFrame: (callback) => window.requestAnimationFrame(() => callback()),
  after: (ms, callback) => void window.setTimeout(callback, ms),
};

export function whenSettled(isBusy: () => boolean, timeoutMs = 10_000, clock: SettleClock = browserClock): Promise<void> {
  return new Promise((resolve) => {
    let isDone = false;
    const finish = () => {
      isDone = true;
      resolve();
    };
    clock.after(timeoutMs, finish);
    const check = () => {
      if (isDone) return;
      if (!isBusy()) finish();
      else clock.nextFrame(check);
    };
    check();
  });
}

const BUSY_PART = '[aria-busy="true"]:not(button)';

/** Resolves once no part of the page is being worked out (see above). */
export function whenPageSettled(): Promise<void> {
  return whenSettled(() => document.querySelector(BUSY_PART) !== null);
}

/** Save as PDF prints this page: every screen's PDF button goes through here, so none forgets the wait. */
export async function savePagePdf(request: Parameters<PlannerApi['savePdf']>[0]): ReturnType<PlannerApi['savePdf']> {
  await whenPageSettled();
  return planner().savePdf(request);
}
