import type { StateCreator } from 'zustand';
import type { PlannerState } from './planner-state';

/** Actions of the checklists feature. They change the plan only through editDocument, so autosave sees every edit. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChecklistsSlice {}

export const createChecklistsSlice: StateCreator<PlannerState, [], [], ChecklistsSlice> = () => ({});
