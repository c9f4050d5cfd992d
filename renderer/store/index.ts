import { create } from 'zustand';
import { createChecklistsSlice } from './checklists-slice';
import { createLanguageSlice } from './language-slice';
import { createOffersSlice } from './offers-slice';
import { createPlanSlice } from './plan-slice';
import type { PlannerState } from './planner-state';
import { createSaveSlice } from './save-slice';
import { createTimelineSlice } from './timeline-slice';
import { createUiSlice } from './ui-slice';

/** One store of typed slices; middleware, when needed, goes here at the root only. */
export const usePlanner = create<PlannerState>()((...args) => ({
  ...createPlanSlice(...args),
  ...createSaveSlice(...args),
  ...createUiSlice(...args),
  ...createOffersSlice(...args),
  ...createChecklistsSlice(...args),
  ...createLanguageSlice(...args),
  ...createTimelineSlice(...args),
}));

export type { PlannerState };
