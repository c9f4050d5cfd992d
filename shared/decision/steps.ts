/**
 * The costly solvers (flip points) are written as generators that `yield` between parts of their work, so a
 * screen can spread them over several tasks and let the browser paint and take input in between
 * (renderer/components/run-in-steps.ts). Everything else runs them straight through with runToEnd.
 */
export type Steps<T> = Generator<void, T>;

/** Runs every step at once and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
