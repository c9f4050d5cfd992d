import type { StateCreator } from 'zustand';
import type { PlannerState } from './planner-state';

export const SECTIONS = ['overview', 'offers', 'checklists', 'language', 'settings'] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface UiSlice {
  section: SectionId;
  showSection(section: SectionId): void;
}

export const createUiSlice: StateCreator<PlannerState, [], [], UiSlice> = (set) => ({
  section: 'overview',
  showSection: (section) => set({ section }),
});
