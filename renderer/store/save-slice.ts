import type { StateCreator } from 'zustand';
import type { OperationError } from '../../shared/contract/result';
import type { PlannerState } from './planner-state';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** What the header shows. "saved" is only ever set after main acknowledged a durable write. */
export interface SaveSlice {
  saveState: SaveState;
  saveError: OperationError | null;
  savedRevision: number;
  saveStarted(): void;
  saveSucceeded(revision: number): void;
  saveFailed(error: OperationError): void;
}

export const createSaveSlice: StateCreator<PlannerState, [], [], SaveSlice> = (set, get) => ({
  saveState: 'idle',
  saveError: null,
  savedRevision: 0,
  saveStarted: () => set({ saveState: 'saving' }),
  saveSucceeded: (revision) => {
    const savedRevision = Math.max(get().savedRevision, revision);
    // A newer edit may have arrived while this save was in flight: then we are still saving.
    set({ savedRevision, saveError: null, saveState: savedRevision >= get().revision ? 'saved' : 'saving' });
  },
  saveFailed: (error) => set({ saveState: 'failed', saveError: error }),
});
