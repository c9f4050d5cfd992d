import { create } from 'zustand';
import { createPlanSlice } from './plan-slice';
import type { PlannerState } from './planner-state';
import { createSaveSlice } from './save-slice';
import { createUiSlice } from './ui-slice';

/** One store of typed slices; middleware, when needed, goes here at the root only. */
export const usePlanner = create<PlannerState>()((...args) => ({
  ...createPlanSlice(...args),
  ...createSaveSlice(...args),
  ...createUiSlice(...args),
}));

export type { PlannerState };
