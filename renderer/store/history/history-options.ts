import type { ZundoOptions } from 'zundo';
import type { PlanDocument } from '../../../shared/contract/operations';
import { changedPath } from './changed-path';
import { currentFocusScope } from './focus-scope';

/** What the history records: the document, nothing of the screen (which section is open, drafts, status). */
export interface HistoryEntry {
  document: PlanDocument | null;
}

/** Steps kept; older ones fall off. Each step shares all unchanged parts with its neighbours. */
export const HISTORY_LIMIT = 200;

type RecordStep<T> = (pastState: unknown, replace: unknown, currentState: T, deltaState?: Partial<T> | null) => void;

export interface CoalesceControl {
  /** Ends the current run of keystrokes, so the next edit is a step of its own (after undo, redo, load). */
  breakRun(): void;
}

/**
 * zundo options for the planner store. A new step is recorded for every change of the document except a
 * keystroke that changes the same single value as the step before, with the focus still in the same field:
 * that keystroke joins the step, so undo takes back the whole typing in that field at once.
 */
export function createHistoryOptions<TState extends HistoryEntry>(
  focusScope: () => number = currentFocusScope,
): { options: ZundoOptions<TState, HistoryEntry>; control: CoalesceControl } {
  let run: { path: string; scope: number } | null = null;
  const control: CoalesceControl = {
    breakRun: () => {
      run = null;
    },
  };
  const options: ZundoOptions<TState, HistoryEntry> = {
    partialize: (state) => ({ document: state.document }),
    limit: HISTORY_LIMIT,
    // The first load (null → plan) is not an edit, and screen-only changes leave the document as it was.
    equality: (past, current) => past.document === current.document || past.document === null || current.document === null,
    // zundo calls this with its internal recorder (pastState, replace, currentState, delta); its published
    // type says setState, so it is re-typed here to what it is.
    handleSet: (setState) => (pastState, replace, currentState, deltaState) => {
      const handleSet = setState as unknown as RecordStep<HistoryEntry>;
      const past = (pastState as HistoryEntry).document;
      const change = changedPath(past, currentState.document);
      // An edit that changed no value (a field set to what it held) is no step, and typing goes on in the
      // same step: otherwise a pause at a trimmed space split one field's typing into two undo steps.
      if (change === null) return;
      const scope = focusScope();
      const isSameRun = change.isSingleValue && run !== null && run.path === change.path && run.scope === scope;
      run = change.isSingleValue ? { path: change.path, scope } : null;
      if (isSameRun) return;
      handleSet(pastState, replace, currentState, deltaState);
    },
  };
  return { options, control };
}
