import type { StateCreator } from 'zustand';
import type { PlannerState } from './planner-state';

export const SECTIONS = ['overview', 'timeline', 'offers', 'checklists', 'residency', 'language', 'settings'] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface UiSlice {
  section: SectionId;
  /** Fields on screen whose text is not valid and so not saved; the header counts them. */
  invalidFields: readonly string[];
  showSection(section: SectionId): void;
  markFieldInvalid(fieldKey: string, isInvalid: boolean): void;
}

export const createUiSlice: StateCreator<PlannerState, [], [], UiSlice> = (set, get) => ({
  section: 'overview',
  invalidFields: [],
  showSection: (section) => set({ section }),
  markFieldInvalid: (fieldKey, isInvalid) => {
    const current = get().invalidFields;
    const isListed = current.includes(fieldKey);
    if (isInvalid && !isListed) set({ invalidFields: [...current, fieldKey] });
    if (!isInvalid && isListed) set({ invalidFields: current.filter((key) => key !== fieldKey) });
  },
});
