import { describe, expect, it } from 'vitest';
import { afterPaint, type PaintClock } from '../../../../renderer/components/after-paint';

/** A page's frames and timers by hand: `frame()` runs the frame callbacks, `task()` the timers queued since. */
function manualClock() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const timers = new Map<number, () => void>();
  const clock: PaintClock = {
    requestFrame: (run) => {
      frames.set(next, run);
      return next++;
    },
    cancelFrame: (handle) => void frames.delete(handle),
    setTimer: (run) => {
      timers.set(next, run);
      return next++ as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimer: (handle) => void timers.delete(handle as unknown as number),
  };
  const drain = (queue: Map<number, () => void>) => {
    const due = [...queue.values()];
    queue.clear();
    due.forEach((run) => run());
  };
  return { clock, frame: () => drain(frames), task: () => drain(timers), pending: () => frames.size + timers.size };
}

describe('afterPaint', () => {
  it('runs in a task after the next frame, not in the frame and not before it', () => {
    const { clock, frame, task } = manualClock();
    const ran: string[] = [];
    const scheduler = afterPaint(clock);
    scheduler.request(() => ran.push('run'));
    task();
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual([]);
    task();
    expect(ran).toEqual(['run']);
  });

  it('merges asks made before it runs into one run of the last one', () => {
    const { clock, frame, task, pending } = manualClock();
    const ran: string[] = [];
    const scheduler = afterPaint(clock);
    scheduler.request(() => ran.push('first'));
    scheduler.request(() => ran.push('second'));
    frame();
    scheduler.request(() => ran.push('third'));
    expect(pending()).toBe(1);
    task();
    expect(ran).toEqual(['third']);
    scheduler.request(() => ran.push('fourth'));
    frame();
    task();
    expect(ran).toEqual(['third', 'fourth']);
  });

  it('runs nothing once cancelled, before or after the frame, and can be asked again', () => {
    const { clock, frame, task, pending } = manualClock();
    const ran: string[] = [];
    const scheduler = afterPaint(clock);
    scheduler.request(() => ran.push('before the frame'));
    scheduler.cancel();
    expect(pending()).toBe(0);
    scheduler.request(() => ran.push('after the frame'));
    frame();
    scheduler.cancel();
    task();
    expect(ran).toEqual([]);
    scheduler.request(() => ran.push('again'));
    frame();
    task();
    expect(ran).toEqual(['again']);
  });
});
