import type { PlannerApi } from '../../shared/contract/operations';
import type { OperationError } from '../../shared/contract/result';
import { usePlanner } from './index';

/** Edits are written at most this long after the last keystroke. */
export const SAVE_DEBOUNCE_MS = 250;

type PlannerStore = typeof usePlanner;

export interface Autosave {
  /** Writes now what is waiting; resolves true when everything is on disk (or nothing is to be saved). */
  flush(): Promise<boolean>;
  stop(): void;
}

/**
 * Watches the document and writes it through main. One loop at a time: it saves the newest revision,
 * and again if more edits arrived meanwhile, until the saved revision catches up or a save fails. A
 * failed save leaves the state "failed" until a later save succeeds; it is never shown as saved.
 */
export function startAutosave(api: Pick<PlannerApi, 'savePlan'>, store: PlannerStore = usePlanner): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;

  const saveUntilCaughtUp = async (): Promise<void> => {
    for (;;) {
      const state = store.getState();
      if (!state.document || state.storage?.mode === 'recovery' || state.revision <= state.savedRevision) return;
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
        store.getState().saveFailed(failure);
        return;
      }
      store.getState().saveSucceeded(revision);
    }
  };

  const saveNow = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    running ??= saveUntilCaughtUp().finally(() => {
      running = null;
    });
    return running;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision === previous.revision) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
  });

  return {
    flush: async () => {
      await saveNow();
      // A loop that started before the last edit may have ended already; one more pass picks it up.
      if (running) await running;
      const state = store.getState();
      return state.storage?.mode === 'recovery' || state.revision <= state.savedRevision;
    },
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
