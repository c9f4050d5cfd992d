import { beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * bootBehindLock (renderer/features/plan-files/lock-gate.ts) reads the lock state before the plan is taken.
 * public/early-load.js asks for it with the plan; the gate takes that answer instead of a round trip of its own
 * once the code has run (note 0031), and asks itself where there was no early request.
 */
const unlocked = { ok: true, value: { isEncrypted: false, isLocked: false, lockAfterMinutes: 10, isRemembered: false, keychain: 'available' } };
const locked = { ok: true, value: { ...unlocked.value, isEncrypted: true, isLocked: true } };
const fakeWindow = Object.assign(new EventTarget(), {
  planner: { getLockState: vi.fn(async () => unlocked) },
  plannerEarlyLockState: undefined as Promise<unknown> | undefined,
  plannerEarlyLoad: undefined as Promise<unknown> | undefined,
});
const body = { dataset: {} as Record<string, string> };
vi.stubGlobal('window', fakeWindow);
vi.stubGlobal('document', { body });

const { bootBehindLock } = await import('../../../../renderer/features/plan-files/lock-gate');
const { usePlanner } = await import('../../../../renderer/store');

beforeEach(() => {
  fakeWindow.planner.getLockState.mockClear();
  body.dataset = {};
  usePlanner.getState().lockShown(false);
});

describe('bootBehindLock', () => {
  it('takes the lock state asked for with the plan, once, and boots', async () => {
    fakeWindow.plannerEarlyLockState = Promise.resolve(unlocked);
    const boot = vi.fn(async () => undefined);
    await bootBehindLock(boot);
    expect(fakeWindow.planner.getLockState).not.toHaveBeenCalled();
    expect(fakeWindow.plannerEarlyLockState).toBeUndefined();
    expect(boot).toHaveBeenCalledTimes(1);
  });

  it('starts unlocked where the API has no lock state at all, rather than stopping on the loading line', async () => {
    const api = fakeWindow.planner as { getLockState?: unknown };
    const kept = api.getLockState;
    delete api.getLockState;
    const boot = vi.fn(async () => undefined);
    await bootBehindLock(boot);
    api.getLockState = kept;
    expect(boot).toHaveBeenCalledTimes(1);
  });

  it('asks main itself where nothing was asked early', async () => {
    const boot = vi.fn(async () => undefined);
    await bootBehindLock(boot);
    expect(fakeWindow.planner.getLockState).toHaveBeenCalledTimes(1);
    expect(boot).toHaveBeenCalledTimes(1);
  });

  it('shows the lock screen for a locked plan and drops the stand-in plan asked for early', async () => {
    fakeWindow.plannerEarlyLockState = Promise.resolve(locked);
    fakeWindow.plannerEarlyLoad = Promise.resolve({ ok: true });
    const boot = vi.fn(async () => undefined);
    await bootBehindLock(boot);
    expect(boot).not.toHaveBeenCalled();
    expect(fakeWindow.plannerEarlyLoad).toBeUndefined();
    expect(usePlanner.getState().isLocked).toBe(true);
    // The unlock screen raises "locked" once it is drawn (ready-signal's markLockScreenCommitted), not the gate.
    expect(body.dataset.plannerReady).toBeUndefined();
  });
});
