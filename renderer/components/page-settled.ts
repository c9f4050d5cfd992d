/**
 * Parts of a screen worked out after it is drawn (the flip points, the overview's verdict) say so with
 * aria-busy while they are being worked out, and may show the figures of the plan before the last change
 * meanwhile. A printout or PDF must not carry those: printing waits until nothing on the page is busy
 * (buttons aside: the Print button itself is busy while it waits), or gives up waiting after `timeoutMs` and
 * prints what is there, so a part that never finishes cannot block printing.
 */
export interface SettleClock {
  nextFrame(callback: () => void): void;
  now(): number;
}

const browserClock: SettleClock = {
  nextFrame: (callback) => window.requestAnimationFrame(() => callback()),
  now: () => performance.now(),
};

export function whenSettled(isBusy: () => boolean, timeoutMs = 10_000, clock: SettleClock = browserClock): Promise<void> {
  const started = clock.now();
  return new Promise((resolve) => {
    const check = () => {
      if (!isBusy() || clock.now() - started >= timeoutMs) resolve();
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
