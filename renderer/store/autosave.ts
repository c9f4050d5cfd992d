import type { PlannerApi } from '../../shared/contract/operations';
import { isSavingRefused } from '../../shared/contract/saving-refused';
import type { ErrorCode, OperationError } from '../../shared/contract/result';
import { hasWaitingEdits, loadEditTools } from './edit-tools';
import { usePlanner } from './index';

/** Edits are written at most this long after the last keystroke. */
export const SAVE_DEBOUNCE_MS = 250;

/**
 * A failed save is tried again by itself after these waits (the last one repeats), so a disk that was full
 * for a moment or a folder that came back saves without the person doing anything, without hammering it.
 */
export const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000, 60_000] as const;

/** Failures that can go away by themselves; the others wait for the person (or never go through). */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['io', 'internal']);

type PlannerStore = typeof usePlanner;

export interface Autosave {
  /** Writes now what is waiting; resolves true when everything is on disk (or nothing is to be saved). */
  flush(): Promise<boolean>;
  stop(): void;
}

/**
 * Watches the document and writes it through main. One loop at a time: it saves the newest revision,
 * and again if more edits arrived meanwhile, until the saved revision catches up or a save fails. A
 * failed save leaves the state "failed" until a later save succeeds; it is never shown as saved. A
 * failure the disk may get over (io) is retried with backoff, and the status line counts down to it.
 */
export function startAutosave(api: Pick<PlannerApi, 'savePlan'>, store: PlannerStore = usePlanner): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failuresInARow = 0;
  let running: Promise<void> | null = null;

  const scheduleRetry = (failure: OperationError) => {
    const delay = RETRY_DELAYS_MS[Math.min(failuresInARow, RETRY_DELAYS_MS.length - 1)]!;
    failuresInARow++;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void saveNow();
    }, delay);
    store.getState().saveFailed(failure, Date.now() + delay);
  };

  const saveUntilCaughtUp = async (): Promise<void> => {
    for (;;) {
      const state = store.getState();
      if (!state.document || isSavingRefused(state.storage) || state.revision <= state.savedRevision) return;
      // Another program changed plan.json: nothing is written until the person chooses (external-change-banner).
      if (state.saveError?.code === 'external-change') return;
      const { revision, document } = state;
      state.saveStarted();
      let failure: OperationError | null = null;
      try {
        const result = await api.savePlan({ document });
        if (!result.ok) failure = result.error;
      } catch (error) {
        failure = { code: 'internal', message: error instanceof Error ? error.message : String(error) };
      }
      if (failure) {
        if (RETRYABLE.has(failure.code)) scheduleRetry(failure);
        else store.getState().saveFailed(failure);
        return;
      }
      failuresInARow = 0;
      store.getState().saveSucceeded(revision);
    }
  };

  const saveNow = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    // Saving now replaces the retry that was waiting; a new failure schedules the next one.
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    running ??= saveUntilCaughtUp().finally(() => {
      running = null;
    });
    return running;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    // An edit, a revision marked unsaved again, or the answer to another program's change: save soon.
    const isUnblocked = previous.saveError?.code === 'external-change' && state.saveError?.code !== 'external-change';
    if (state.revision === previous.revision && state.savedRevision >= previous.savedRevision && !isUnblocked) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
  });

  return {
    flush: async () => {
      // An edit made before the edit checks arrived is applied once they have: it is saved too.
      if (hasWaitingEdits()) await loadEditTools();
      await saveNow();
      // A loop that started before the last edit may have ended already; one more pass picks it up.
      if (running) await running;
      const state = store.getState();
      return state.storage?.mode === 'recovery' || state.revision <= state.savedRevision;
    },
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (retryTimer) clearTimeout(retryTimer);
    },
  };
}
