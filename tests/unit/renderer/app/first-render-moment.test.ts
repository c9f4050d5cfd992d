import { describe, expect, it } from 'vitest';
import { firstRenderMoment } from '../../../../renderer/app/first-render-moment';

/** A promise with its resolve and reject at hand. */
function later<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A clock run by hand: `wait(ms)` resolves when `elapse` passes it. */
function handClock() {
  const timers: { at: number; done: () => void }[] = [];
  let now = 0;
  return {
    wait: (ms: number) => new Promise<void>((done) => timers.push({ at: now + ms, done })),
    asked: () => timers.map((timer) => timer.at),
    elapse: (ms: number) => {
      now += ms;
      for (const timer of timers.filter((candidate) => candidate.at <= now)) timer.done();
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function isDone(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await flush();
  return done;
}

describe('the first render waits for the code, then for the plan only a moment', () => {
  it('draws as soon as the code is in when the plan is already there', async () => {
    const code = later();
    const clock = handClock();
    const moment = firstRenderMoment(code.promise, Promise.resolve(), 200, clock.wait);
    expect(await isDone(moment)).toBe(false);
    code.resolve();
    expect(await isDone(moment)).toBe(true);
  });

  it('waits for a plan that comes in within the patience, and draws then', async () => {
    const startup = later();
    const clock = handClock();
    const moment = firstRenderMoment(Promise.resolve(), startup.promise, 200, clock.wait);
    await flush();
    // The patience counts from the code being ready.
    expect(clock.asked()).toEqual([200]);
    clock.elapse(120);
    expect(await isDone(moment)).toBe(false);
    startup.resolve();
    expect(await isDone(moment)).toBe(true);
  });

  it('draws (the loading line) once the patience is over if the plan is slow', async () => {
    const clock = handClock();
    const moment = firstRenderMoment(Promise.resolve(), new Promise(() => {}), 200, clock.wait);
    await flush();
    clock.elapse(199);
    expect(await isDone(moment)).toBe(false);
    clock.elapse(1);
    expect(await isDone(moment)).toBe(true);
  });

  it('does not hang on a start that failed', async () => {
    const startup = later();
    const clock = handClock();
    const moment = firstRenderMoment(Promise.resolve(), startup.promise, 200, clock.wait);
    startup.reject(new Error('no plan'));
    expect(await isDone(moment)).toBe(true);
  });
});
