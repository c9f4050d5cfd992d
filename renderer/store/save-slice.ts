import type { StateCreator } from 'zustand';
import type { OperationError } from '../../shared/contract/result';
import type { PlannerState } from './planner-state';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** What the header shows. "saved" is only ever set after main acknowledged a durable write. */
export interface SaveSlice {
  saveState: SaveState;
  saveError: OperationError | null;
  savedRevision: number;
  /** When autosave tries a failed save again by itself (epoch ms), or null when it will not. */
  saveRetryAt: number | null;
  saveStarted(): void;
  saveSucceeded(revision: number): void;
  saveFailed(error: OperationError, retryAt?: number | null): void;
  /**
   * The document on screen must be written even if nothing was edited since the last save (the person kept
   * this version over a file another program changed): clears the failure and marks the revision unsaved.
   */
  saveAgain(): void;
}

export const createSaveSlice: StateCreator<PlannerState, [], [], SaveSlice> = (set, get) => ({
  saveState: 'idle',
  saveError: null,
  savedRevision: 0,
  saveRetryAt: null,
  saveStarted: () => set({ saveState: 'saving' }),
  saveSucceeded: (revision) => {
    const savedRevision = Math.max(get().savedRevision, revision);
    // A newer edit may have arrived while this save was in flight: then we are still saving.
    set({ savedRevision, saveError: null, saveRetryAt: null, saveState: savedRevision >= get().revision ? 'saved' : 'saving' });
  },
  saveFailed: (error, retryAt = null) => set({ saveState: 'failed', saveError: error, saveRetryAt: retryAt }),
  saveAgain: () => set({ saveError: null, saveRetryAt: null, saveState: 'saving', savedRevision: Math.min(get().savedRevision, get().revision - 1) }),
});
