import type { Steps } from '../../shared/decision/steps';

/** How long one task may run steps before it hands the thread back (a frame is about 16 ms). */
export const STEP_BUDGET_MS = 8;

/**
 * Runs a solver's steps (shared/decision/steps.ts) after the next paint, a few at a time in tasks of their
 * own, so the screen that needs them is drawn first and a keystroke never waits for the whole solve.
 * `done` gets the result; the returned function cancels a solve that is no longer wanted (its inputs
 * changed or the screen closed), after which `done` is never called.
 */
export function runInSteps<T>(steps: Steps<T>, done: (value: T) => void, now: () => number = () => performance.now()): () => void {
  let isCancelled = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const work = () => {
    timer = null;
    if (isCancelled) return;
    const until = now() + STEP_BUDGET_MS;
    do {
      const step = steps.next();
      if (step.done) {
        done(step.value);
        return;
      }
    } while (now() < until);
    timer = setTimeout(work, 0);
  };
  // requestAnimationFrame runs just before the next paint; the task it queues runs after that paint.
  const frame = requestAnimationFrame(() => {
    if (!isCancelled) timer = setTimeout(work, 0);
  });
  return () => {
    isCancelled = true;
    cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    steps.return(undefined as never);
  };
}
