import type { StateCreator } from 'zustand';
import type { PlansOverview } from '../../shared/contract/plan-files-operations';
import type { PlannerState } from './planner-state';

/** The list of plans, for the sidebar's plan name, the window title and the plans card. */
export interface PlansSlice {
  plans: PlansOverview | null;
  plansLoaded(plans: PlansOverview): void;
  /** True while an encrypted plan waits for its passphrase: the app shows the unlock screen only. */
  isLocked: boolean;
  lockShown(isLocked: boolean): void;
}

export const createPlansSlice: StateCreator<PlannerState, [], [], PlansSlice> = (set) => ({
  plans: null,
  plansLoaded: (plans) => set({ plans }),
  isLocked: false,
  lockShown: (isLocked) => set({ isLocked }),
});
