import type { LockState } from '../../../shared/contract/plan-files-operations';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';
import { flushEdits } from './plan-actions';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'mousemove', 'touchstart'] as const;

/**
 * Starts the app behind the lock: an encrypted plan shows the unlock screen (readiness "locked") and the
 * plan loads only after the passphrase was accepted. Once loaded, an encrypted plan locks itself after
 * the chosen time without input: pending edits are written, main drops the key, the window starts again.
 */
export async function bootBehindLock(boot: () => Promise<void>): Promise<void> {
  // Usually asked for already, with the plan (public/early-load.js). Taken once, as boot.ts takes the plan.
  const early = window.plannerEarlyLockState;
  window.plannerEarlyLockState = undefined;
  // Inside a promise: an API without the operation (a page opened outside the app) throws at once, which
  // would leave the start on its loading line; it starts unlocked instead.
  const result = await (early ?? Promise.resolve().then(() => planner().getLockState({}))).catch(() => null);
  if (result?.ok && result.value.isLocked) {
    // The early request (public/early-load.js) was answered by the locked stand-in, an empty plan: drop it,
    // so the boot after unlocking asks for the real one.
    window.plannerEarlyLoad = undefined;
    // The unlock screen raises "locked" once it is drawn (app/ready-signal.ts).
    usePlanner.getState().lockShown(true);
    return;
  }
  await boot();
  if (result?.ok && result.value.isEncrypted) startIdleLock(result.value);
}

export async function unlockAndBoot(boot: () => Promise<void>, state: LockState): Promise<void> {
  usePlanner.getState().lockShown(false);
  await boot();
  startIdleLock(state);
}

let stopIdleLock: (() => void) | null = null;
let rearmIdleLock: (() => void) | null = null;

export function startIdleLock(state: LockState): void {
  stopIdleLock?.();
  if (!state.isEncrypted) return;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void lockNow(), state.lockAfterMinutes * 60_000);
  };
  for (const name of ACTIVITY_EVENTS) window.addEventListener(name, arm, { passive: true });
  arm();
  rearmIdleLock = arm;
  stopIdleLock = () => {
    if (timer) clearTimeout(timer);
    for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, arm);
    rearmIdleLock = null;
  };
}

/**
 * Writes pending edits, has main drop the key, and starts the window again on the unlock screen. An edit that
 * cannot be written (a full disk) is not thrown away by a reload: the lock waits, the save bar says what is
 * wrong, and an idle lock tries again after the next idle period.
 */
export async function lockNow(): Promise<boolean> {
  if (!(await flushEdits())) {
    rearmIdleLock?.();
    return false;
  }
  await planner().lockPlan({});
  window.location.reload();
  return true;
}
