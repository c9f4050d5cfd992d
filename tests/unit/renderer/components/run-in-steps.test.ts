import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runInSteps, STEP_BUDGET_MS } from '../../../../renderer/components/run-in-steps';

/** A solver of `count` steps, each taking `costMs` on the fake clock, that records which steps ran and whether it was stopped. */
function solver(count: number, costMs: number, clock: { t: number }) {
  const ran: number[] = [];
  let wasStopped = false;
  function* steps(): Generator<void, string> {
    try {
      for (let index = 0; index < count; index++) {
        clock.t += costMs;
        ran.push(index);
        yield;
      }
      return `solved after ${count}`;
    } finally {
      if (ran.length < count) wasStopped = true;
    }
  }
  return { steps: steps(), ran, stopped: () => wasStopped };
}

describe('runInSteps', () => {
  const clock = { t: 0 };
  beforeEach(() => {
    clock.t = 0;
    vi.useFakeTimers();
    // Node has no frames: a frame is a 16 ms timer here.
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
    vi.stubGlobal('cancelAnimationFrame', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts only after the next frame, then runs steps until the budget is spent, one task at a time', () => {
    const job = solver(10, 3, clock);
    const done = vi.fn();
    runInSteps(job.steps, done, () => clock.t);
    expect(job.ran).toEqual([]);
    vi.advanceTimersByTime(16); // the frame: the work is only queued
    expect(job.ran).toEqual([]);
    vi.advanceTimersToNextTimer(); // the first task: 3 ms steps until 8 ms are spent = 3 steps (9 ms)
    expect(job.ran).toEqual([0, 1, 2]);
    expect(Math.ceil(STEP_BUDGET_MS / 3)).toBe(3);
    expect(done).not.toHaveBeenCalled();
    vi.runAllTimers();
    // 10 steps; the 11th call of next() returns the result.
    expect(job.ran).toHaveLength(10);
    expect(done).toHaveBeenCalledExactlyOnceWith('solved after 10');
  });

  it('never reports a solve cancelled halfway, and stops the solver', () => {
    const job = solver(10, 3, clock);
    const done = vi.fn();
    const cancel = runInSteps(job.steps, done, () => clock.t);
    vi.advanceTimersByTime(16);
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(job.ran).toEqual([0, 1, 2]);
    expect(job.stopped()).toBe(true);
    expect(done).not.toHaveBeenCalled();
  });

  it('cancelled before the frame, runs nothing', () => {
    const job = solver(2, 1, clock);
    const done = vi.fn();
    runInSteps(job.steps, done, () => clock.t)();
    vi.runAllTimers();
    expect(job.ran).toEqual([]);
    expect(done).not.toHaveBeenCalled();
  });
});
