import type { StateCreator } from 'zustand';
import type { LanguageGoal, StudyLogEntry } from '../../shared/language/schema';
import type { GoalDraft } from '../features/language/goal-draft';
import type { PlannerState } from './planner-state';

/**
 * Actions of the language feature. They change the plan only through editDocument, so autosave sees every
 * edit. Callers validate first (validateGoal / validateLogEntry with today's date): these actions store what
 * they are given.
 */
export interface LanguageSlice {
  /**
   * The "New language goal" form as typed and not yet saved. It lives here, not in the document (it is not
   * valid yet), so it survives a visit to another section for the rest of the session.
   */
  languageGoalDraft: GoalDraft | null;
  setLanguageGoalDraft(draft: GoalDraft | null): void;
  saveLanguageGoal(goal: LanguageGoal): void;
  removeLanguageGoal(goalId: string): void;
  saveStudyLogEntry(entry: StudyLogEntry): void;
  removeStudyLogEntry(entryId: string): void;
}

/** Replaces the item with the same id, or appends it. */
function upsert<T extends { id: string }>(items: readonly T[], item: T): T[] {
  return items.some((existing) => existing.id === item.id)
    ? items.map((existing) => (existing.id === item.id ? item : existing))
    : [...items, item];
}

export const createLanguageSlice: StateCreator<PlannerState, [], [], LanguageSlice> = (set, get) => ({
  languageGoalDraft: null,
  setLanguageGoalDraft: (languageGoalDraft) => set({ languageGoalDraft }),
  saveLanguageGoal: (goal) =>
    get().editDocument((d) => ({ ...d, language: { ...d.language, goals: upsert(d.language.goals, goal) } })),
  // A log entry must point at a goal (the document schema refuses orphans), so its entries go with it.
  removeLanguageGoal: (goalId) =>
    get().editDocument((d) => ({
      ...d,
      language: {
        goals: d.language.goals.filter((goal) => goal.id !== goalId),
        studyLog: d.language.studyLog.filter((entry) => entry.goalId !== goalId),
      },
    })),
  saveStudyLogEntry: (entry) =>
    get().editDocument((d) => ({ ...d, language: { ...d.language, studyLog: upsert(d.language.studyLog, entry) } })),
  removeStudyLogEntry: (entryId) =>
    get().editDocument((d) => ({
      ...d,
      language: { ...d.language, studyLog: d.language.studyLog.filter((entry) => entry.id !== entryId) },
    })),
});
