import { planner } from '../api/planner';
import { usePlanner } from './index';

/** Edits are written at most this long after the last keystroke. */
export const SAVE_DEBOUNCE_MS = 250;

/**
 * Watches the document and writes it through main. One save is in flight at a time; edits made during
 * a save are written right after it. A failed save leaves the state "failed" until a later save succeeds.
 */
export function startAutosave(): { flush(): Promise<void>; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;

  const saveNow = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight) await inFlight;
    const state = usePlanner.getState();
    if (!state.document || state.revision <= state.savedRevision || state.storage?.mode === 'recovery') return;
    const revision = state.revision;
    state.saveStarted();
    inFlight = (async () => {
      try {
        const result = await planner().savePlan({ document: state.document! });
        if (result.ok) usePlanner.getState().saveSucceeded(revision);
        else usePlanner.getState().saveFailed(result.error);
      } catch (error) {
        usePlanner.getState().saveFailed({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
      } finally {
        inFlight = null;
      }
    })();
    await inFlight;
    const after = usePlanner.getState();
    if (after.saveState !== 'failed' && after.revision > after.savedRevision) await saveNow();
  };

  const unsubscribe = usePlanner.subscribe((state, previous) => {
    if (state.revision === previous.revision) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), SAVE_DEBOUNCE_MS);
  });

  return {
    flush: saveNow,
    stop: () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
