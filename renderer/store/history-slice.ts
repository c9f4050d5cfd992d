import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { PlanDocument } from '../../shared/contract/operations';
import { isSavingRefused } from '../../shared/contract/saving-refused';
import { describeChange, type ChangeDescription } from './history/describe-change';
import type { CoalesceControl, HistoryEntry } from './history/history-options';
import type { PlannerState } from './planner-state';

/**
 * The line under the header after a step: "Deleted offer Shanghai Tech [Undo]" after a delete, "Undone:
 * deleted offer Shanghai Tech [Redo]" after an undo. `serial` tells a repeated notice from the last one.
 */
export interface HistoryNotice {
  kind: 'done' | 'undone' | 'redone';
  change: ChangeDescription;
  serial: number;
}

export interface HistorySlice {
  historyNotice: HistoryNotice | null;
  /** Takes back the last step of the document; false when there is none. */
  undo(): boolean;
  redo(): boolean;
  dismissHistoryNotice(): void;
}

type TemporalStore = StoreApi<TemporalState<HistoryEntry>>;

const isDelete = (change: ChangeDescription) => change.kind.endsWith('Deleted');

/**
 * Undo and redo over the zundo history kept at the root of the store (index.ts). A step moves the
 * document back or forward and counts as an edit, so autosave writes the result like any other.
 */
export function createHistorySlice(control: CoalesceControl, history: () => TemporalStore): StateCreator<PlannerState, [], [], HistorySlice> {
  return (set, get) => {
    let serial = 0;
    const temporal = () => history().getState();
    const moveTo = (document: PlanDocument, notice: Omit<HistoryNotice, 'serial'>) => {
      const isRecovery = isSavingRefused(get().storage);
      serial += 1;
      set({
        revision: get().revision + 1,
        rejectedEdit: null,
        historyNotice: { ...notice, serial },
        ...(isRecovery ? {} : { saveState: 'saving' as const }),
      });
      return document !== null;
    };

    // Every recorded step replaces the notice: a delete offers its undo, any other edit clears it, so an
    // old "Undo" button never takes back something else. Registered on first use of the store's history.
    queueMicrotask(() =>
      history()
        .getState()
        .setOnSave((past, current) => {
          const before = past.document;
          const after = current.document;
          if (!before || !after) return;
          const change = describeChange(before, after);
          serial += 1;
          set({ historyNotice: isDelete(change) ? { kind: 'done', change, serial } : null });
        }),
    );

    return {
      historyNotice: null,
      undo: () => {
        const current = get().document;
        const target = temporal().pastStates.at(-1)?.document;
        if (!current || !target) return false;
        control.breakRun();
        temporal().undo();
        return moveTo(target, { kind: 'undone', change: describeChange(target, current) });
      },
      redo: () => {
        const current = get().document;
        const target = temporal().futureStates.at(-1)?.document;
        if (!current || !target) return false;
        control.breakRun();
        temporal().redo();
        return moveTo(target, { kind: 'redone', change: describeChange(current, target) });
      },
      dismissHistoryNotice: () => set({ historyNotice: null }),
    };
  };
}
