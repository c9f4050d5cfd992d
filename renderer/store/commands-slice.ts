import type { StateCreator } from 'zustand';
import type { PlannerState } from './planner-state';

/** What a command asks of a screen that may not be on screen yet (views load lazily): it takes it once shown. */
export type PendingActionName = 'newOffer' | 'exportPlan';

/** App commands (menu and shortcuts) and the plan search. Screen state only, never in the plan or its history. */
export interface CommandsSlice {
  isSearchOpen: boolean;
  pendingAction: { name: PendingActionName; nonce: number } | null;
  /** The checklist item a command or a search result opened: its row opens its editor. */
  revealItemId: string | null;
  setSearchOpen(isOpen: boolean): void;
  requestAction(name: PendingActionName): void;
  /** True (and the request is gone) when this request was still waiting. */
  takeAction(nonce: number): boolean;
  revealItem(itemId: string | null): void;
}

export const createCommandsSlice: StateCreator<PlannerState, [], [], CommandsSlice> = (set, get) => ({
  isSearchOpen: false,
  pendingAction: null,
  revealItemId: null,
  setSearchOpen: (isSearchOpen) => set({ isSearchOpen }),
  requestAction: (name) => set({ pendingAction: { name, nonce: (get().pendingAction?.nonce ?? 0) + 1 } }),
  takeAction: (nonce) => {
    if (get().pendingAction?.nonce !== nonce) return false;
    set({ pendingAction: null });
    return true;
  },
  revealItem: (revealItemId) => set({ revealItemId }),
});
