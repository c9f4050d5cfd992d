import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockState } from '../../../../shared/contract/plan-files-operations';

/**
 * The renderer's idle lock against a stubbed window: a real EventTarget for the input events, a recorded
 * planner API, the autosave's flush and location.reload as spies. Fake timers stand in for the minutes.
 */
const calls: string[] = [];
let isFlushOk = true;
const fakeWindow = Object.assign(new EventTarget(), {
  planner: {
    lockPlan: vi.fn(async () => {
      calls.push('lockPlan');
      return { ok: true, value: { isEncrypted: true, isLocked: true, lockAfterMinutes: 10, isRemembered: false, keychain: 'available' } };
    }),
    getLockState: vi.fn(),
  },
  plannerFlushPendingSaves: vi.fn(async () => {
    calls.push('flush');
    return { isSaved: isFlushOk };
  }),
  location: {
    reload: vi.fn(() => {
      calls.push('reload');
    }),
  },
});
vi.stubGlobal('window', fakeWindow);

const { lockNow, startIdleLock } = await import('../../../../renderer/features/plan-files/lock-gate');

const MINUTE = 60_000;
const encrypted = (lockAfterMinutes: number): LockState => ({ isEncrypted: true, isLocked: false, lockAfterMinutes, isRemembered: false, keychain: 'available' });
const input = (type: string) => fakeWindow.dispatchEvent(new Event(type));

beforeEach(() => {
  vi.useFakeTimers();
  calls.length = 0;
  isFlushOk = true;
  vi.clearAllMocks();
});
afterEach(() => {
  // Stop any idle lock left running by a test.
  startIdleLock({ ...encrypted(10), isEncrypted: false });
  vi.useRealTimers();
});

describe('the idle lock', () => {
  it('after the chosen minutes without input: pending edits written first, then main drops the key, then the unlock screen', async () => {
    startIdleLock(encrypted(5));
    await vi.advanceTimersByTimeAsync(5 * MINUTE - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['flush', 'lockPlan', 'reload']);
  });

  it('any input starts the wait again', async () => {
    startIdleLock(encrypted(10));
    // Input at 9, 18 and 27 minutes: never 10 quiet minutes in a row until 37.
    for (const type of ['keydown', 'pointerdown', 'wheel']) {
      await vi.advanceTimersByTimeAsync(9 * MINUTE);
      input(type);
    }
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(10 * MINUTE - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual(['flush', 'lockPlan', 'reload']);
  });

  it('a plan that is not encrypted never locks; a new setting replaces the old timer', async () => {
    startIdleLock({ ...encrypted(1), isEncrypted: false });
    await vi.advanceTimersByTimeAsync(120 * MINUTE);
    expect(calls).toEqual([]);
    startIdleLock(encrypted(1));
    startIdleLock(encrypted(30));
    await vi.advanceTimersByTimeAsync(29 * MINUTE);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(MINUTE);
    // Once, not twice: the 1-minute timer was replaced.
    expect(calls).toEqual(['flush', 'lockPlan', 'reload']);
  });

  it('an edit that cannot be written is not thrown away: no lock, no reload, and it tries again after the next idle period', async () => {
    isFlushOk = false;
    startIdleLock(encrypted(5));
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(calls).toEqual(['flush']);
    isFlushOk = true;
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(calls).toEqual(['flush', 'flush', 'lockPlan', 'reload']);
  });

  it('Lock now does the same at once, and says when it could not', async () => {
    expect(await lockNow()).toBe(true);
    expect(calls).toEqual(['flush', 'lockPlan', 'reload']);
    isFlushOk = false;
    expect(await lockNow()).toBe(false);
    expect(fakeWindow.planner.lockPlan).toHaveBeenCalledTimes(1);
  });
});
