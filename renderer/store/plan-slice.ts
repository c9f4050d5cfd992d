import type { StateCreator } from 'zustand';
import type { PlanDocument, StorageStatus } from '../../shared/contract/operations';
import type { Move, Profile } from '../../shared/plan/profile-schema';
import type { PlannerState } from './planner-state';

/** The plan document as loaded from main, plus the edits made since; autosave.ts writes it back. */
export interface PlanSlice {
  document: PlanDocument | null;
  storage: StorageStatus | null;
  loadError: string | null;
  /** Increases with every edit; autosave compares it with the last saved revision. */
  revision: number;
  planLoaded(document: PlanDocument, storage: StorageStatus): void;
  planLoadFailed(detail: string): void;
  /** Replaces the whole document through a pure function of the current one. */
  editDocument(edit: (document: PlanDocument) => PlanDocument): void;
  updateProfile(patch: Partial<Profile>): void;
  updateMove(patch: Partial<Move>): void;
}

export const createPlanSlice: StateCreator<PlannerState, [], [], PlanSlice> = (set, get) => ({
  document: null,
  storage: null,
  loadError: null,
  revision: 0,
  planLoaded: (document, storage) => set({ document, storage, loadError: null }),
  planLoadFailed: (detail) => set({ loadError: detail }),
  editDocument: (edit) => {
    const current = get().document;
    if (!current) return;
    // From the first keystroke the status reads "saving", so "saved" never shows while an edit waits for
    // its debounced write (in recovery mode nothing is saved and the banner says so).
    const isRecovery = get().storage?.mode === 'recovery';
    set({ document: edit(current), revision: get().revision + 1, ...(isRecovery ? {} : { saveState: 'saving' as const }) });
  },
  updateProfile: (patch) => get().editDocument((d) => ({ ...d, profile: { ...d.profile, ...patch } })),
  updateMove: (patch) => get().editDocument((d) => ({ ...d, move: { ...d.move, ...patch } })),
});
