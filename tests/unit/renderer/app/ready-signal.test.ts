import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ReadySignal from '../../../../renderer/app/ready-signal';

/**
 * renderer/app/ready-signal.ts: <body data-planner-ready> goes up once the plan is in, the first screen has
 * been painted (a frame, then a task) and its passive effects have run (a microtask after the first of them),
 * in whatever order those come (note 0031).
 */
type Signal = typeof ReadySignal;

let frames: (() => void)[];
let body: { dataset: Record<string, string> };

async function freshSignal(): Promise<Signal> {
  vi.resetModules();
  return import('../../../../renderer/app/ready-signal');
}

const runFrame = () => frames.splice(0).forEach((callback) => callback());
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  frames = [];
  body = { dataset: {} };
  vi.stubGlobal('document', { body });
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the ready signal', () => {
  it('waits for the frame and the task after the commit, and for the effects, not for one of them', async () => {
    const signal = await freshSignal();
    signal.markPlanLoaded('true');
    signal.markFirstScreenCommitted();
    runFrame();
    expect(body.dataset.plannerReady).toBeUndefined();
    vi.runAllTimers();
    // Painted, but the effects have not run (a passive effect after the paint).
    expect(body.dataset.plannerReady).toBeUndefined();
    signal.markFirstScreenEffectsRun();
    expect(body.dataset.plannerReady).toBeUndefined();
    await microtasks();
    expect(body.dataset.plannerReady).toBe('true');
  });

  it('goes up after the paint when the effects ran before it', async () => {
    const signal = await freshSignal();
    signal.markPlanLoaded('recovery');
    signal.markFirstScreenCommitted();
    signal.markFirstScreenEffectsRun();
    await microtasks();
    expect(body.dataset.plannerReady).toBeUndefined();
    runFrame();
    vi.runAllTimers();
    expect(body.dataset.plannerReady).toBe('recovery');
  });

  it('waits for the plan when the screen was drawn first (the lock screen, a slow read)', async () => {
    const signal = await freshSignal();
    signal.markFirstScreenCommitted();
    signal.markFirstScreenEffectsRun();
    runFrame();
    vi.runAllTimers();
    await microtasks();
    expect(body.dataset.plannerReady).toBeUndefined();
    signal.markPlanLoaded('true');
    expect(body.dataset.plannerReady).toBe('true');
  });

  it('says locked after the frame that paints the unlock screen', async () => {
    const signal = await freshSignal();
    signal.markLockScreenCommitted();
    expect(body.dataset.plannerReady).toBeUndefined();
    runFrame();
    expect(body.dataset.plannerReady).toBeUndefined();
    vi.runAllTimers();
    expect(body.dataset.plannerReady).toBe('locked');
  });

  it('says error at once when loading failed', async () => {
    const signal = await freshSignal();
    signal.markLoadFailed();
    expect(body.dataset.plannerReady).toBe('error');
  });
});
