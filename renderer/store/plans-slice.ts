import type { StateCreator } from 'zustand';
import type { PlansOverview } from '../../shared/contract/plan-files-operations';
import type { PlannerState } from './planner-state';

/** The list of plans, for the sidebar's plan name, the window title and the plans card. */
export interface PlansSlice {
  plans: PlansOverview | null;
  plansLoaded(plans: PlansOverview): void;
}

export const createPlansSlice: StateCreator<PlannerState, [], [], PlansSlice> = (set) => ({
  plans: null,
  plansLoaded: (plans) => set({ plans }),
});
