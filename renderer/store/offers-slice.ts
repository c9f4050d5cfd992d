import type { StateCreator } from 'zustand';
import type { PlannerState } from './planner-state';

/** Actions of the offers feature. They change the plan only through editDocument, so autosave sees every edit. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OffersSlice {}

export const createOffersSlice: StateCreator<PlannerState, [], [], OffersSlice> = () => ({});
