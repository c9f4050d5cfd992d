import { describe, expect, it } from 'vitest';
import { whenSettled, type SettleClock } from '../../../../renderer/components/page-settled';

/** A clock run by hand: frames happen when the test says, and time moves 16 ms a frame; timers fire on time. */
function handClock(): SettleClock & { frame(): void; pass(ms: number): void } {
  let time = 0;
  let waiting: (() => void)[] = [];
  let timers: { at: number; callback: () => void }[] = [];
  const fireTimers = () => {
    const due = timers.filter((timer) => timer.at <= time);
    timers = timers.filter((timer) => timer.at > time);
    for (const timer of due) timer.callback();
  };
  return {
    nextFrame: (callback) => void waiting.push(callback),
    after: (ms, callback) => void timers.push({ at: time + ms, callback }),
    frame() {
      time += 16;
      const run = waiting;
      waiting = [];
      for (const callback of run) callback();
      fireTimers();
    },
    pass(ms) {
      time += ms;
      fireTimers();
    },
  };
}

const settledYet = async (promise: Promise<void>) => {
  let isDone = false;
  void promise.then(() => (isDone = true));
  await Promise.resolve();
  await Promise.resolve();
  return isDone;
};

describe('printing waits for the parts still being worked out', () => {
  it('resolves at once when nothing is busy', async () => {
    expect(await settledYet(whenSettled(() => false, 1000, handClock()))).toBe(true);
  });

  it('waits frame by frame until the busy part is done', async () => {
    const clock = handClock();
    let isBusy = true;
    const waiting = whenSettled(() => isBusy, 1000, clock);
    clock.frame();
    clock.frame();
    expect(await settledYet(waiting)).toBe(false);
    isBusy = false;
    clock.frame();
    expect(await settledYet(waiting)).toBe(true);
  });

  it('prints anyway once the wait is over: a part that never finishes cannot block printing', async () => {
    const clock = handClock();
    const waiting = whenSettled(() => true, 100, clock);
    // 6 frames are 96 ms: still waiting; the 7th (112 ms) passes the 100 ms limit.
    for (let frame = 0; frame < 6; frame++) clock.frame();
    expect(await settledYet(waiting)).toBe(false);
    clock.frame();
    expect(await settledYet(waiting)).toBe(true);
  });

  it('gives up waiting on time in a hidden window, where no frames come', async () => {
    const clock = handClock();
    const waiting = whenSettled(() => true, 100, clock);
    clock.pass(99);
    expect(await settledYet(waiting)).toBe(false);
    clock.pass(1);
    expect(await settledYet(waiting)).toBe(true);
  });
});
