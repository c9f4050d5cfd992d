import type { StateCreator } from 'zustand';
import { withAnchorsChanged } from '../../shared/checklists/late-from-start';
import { effectiveAnchors } from '../../shared/checklists/plan-anchors';
import { todayIso } from '../../shared/dates/iso-date';
import type { PlanDocument, StorageStatus } from '../../shared/contract/operations';
import { isSavingRefused } from '../../shared/contract/saving-refused';
import type { Move, Profile } from '../../shared/plan/profile-schema';
import { areEditToolsLoaded, editTools, whenEditToolsLoaded } from './edit-tools';
import type { PlannerState } from './planner-state';

/** An edit the plan's schema refused: it was not applied, and the header says why. */
export interface RejectedEdit {
  messageKey: string;
  path: string;
}

/** The plan document as loaded from main, plus the edits made since; autosave.ts writes it back. */
export interface PlanSlice {
  document: PlanDocument | null;
  storage: StorageStatus | null;
  loadError: string | null;
  /** Increases with every edit; autosave compares it with the last saved revision. */
  revision: number;
  rejectedEdit: RejectedEdit | null;
  planLoaded(document: PlanDocument, storage: StorageStatus): void;
  planLoadFailed(detail: string): void;
  /**
   * Replaces the whole document through a pure function of the current one. What the edit changed must
   * pass the plan's schema (shared/plan/check-edit.ts; main checks the whole document before writing), otherwise the edit is not applied and
   * false is returned: one bad value can never block every later save. Before the checks have loaded
   * (./edit-tools) the edit waits for them and true is returned.
   */
  editDocument(edit: (document: PlanDocument) => PlanDocument): boolean;
  updateProfile(patch: Partial<Profile>): void;
  updateMove(patch: Partial<Move>): void;
}

export const createPlanSlice: StateCreator<PlannerState, [], [], PlanSlice> = (set, get) => ({
  document: null,
  storage: null,
  loadError: null,
  revision: 0,
  rejectedEdit: null,
  planLoaded: (document, storage) => set({ document, storage, loadError: null }),
  planLoadFailed: (detail) => set({ loadError: detail }),
  editDocument: (edit) => {
    const current = get().document;
    if (!current) return false;
    if (!areEditToolsLoaded()) {
      // An edit on the first screen in the moment before the checks have loaded: applied (or refused) as
      // soon as they are here, after any edit made before it. The status reads "saving" meanwhile.
      whenEditToolsLoaded(() => void get().editDocument(edit));
      if (!isSavingRefused(get().storage)) set({ saveState: 'saving' });
      return true;
    }
    const next = edit(current);
    // Only what the edit touched is checked here (a keystroke re-checks one offer, not the plan); main
    // validates the whole document before it writes.
    const issue = editTools().checkEdit(current, next);
    if (issue) {
      set({ rejectedEdit: { messageKey: issue.message, path: issue.path.map(String).join('.') } });
      return false;
    }
    // From the first keystroke the status reads "saving", so "saved" never shows while an edit waits for
    // its debounced write (in recovery mode nothing is saved and the banner says so).
    const isRecovery = isSavingRefused(get().storage);
    set({
      document: next,
      revision: get().revision + 1,
      rejectedEdit: null,
      ...(isRecovery ? {} : { saveState: 'saving' as const }),
    });
    return true;
  },
  updateProfile: (patch) => void get().editDocument((d) => ({ ...d, profile: { ...d.profile, ...patch } })),
  updateMove: (patch) =>
    void get().editDocument((d) => {
      const move = { ...d.move, ...patch };
      // The start and move dates are checklist anchors: remember the day they changed (late-from-start.ts).
      const before = effectiveAnchors(d.checklists.anchors, d.move);
      const changedOn = withAnchorsChanged(d.checklists.anchorsChangedOn, before, effectiveAnchors(d.checklists.anchors, move), todayIso());
      const checklists = changedOn === d.checklists.anchorsChangedOn ? d.checklists : { ...d.checklists, anchorsChangedOn: changedOn };
      return { ...d, move, checklists };
    }),
});
