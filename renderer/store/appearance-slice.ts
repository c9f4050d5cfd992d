import type { StateCreator } from 'zustand';
import { DEFAULT_APPEARANCE } from '../../shared/appearance/appearance';
import type { AppearanceSettings } from '../../shared/appearance/schema';
import type { PlannerState } from './planner-state';

/** Light, dark or the system's (issue 14); stored in the plan, so it travels with it and can be undone like any edit. */
export interface AppearanceSlice {
  updateAppearance(patch: Partial<AppearanceSettings>): void;
}

export const createAppearanceSlice: StateCreator<PlannerState, [], [], AppearanceSlice> = (_set, get) => ({
  updateAppearance: (patch) =>
    void get().editDocument((document) => ({ ...document, appearance: { ...(document.appearance ?? DEFAULT_APPEARANCE), ...patch } })),
});
