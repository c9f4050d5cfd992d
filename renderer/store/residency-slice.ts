import type { StateCreator } from 'zustand';
import type { PlanDocument } from '../../shared/plan/plan-schema';
import { createEmptyResidencySection } from '../../shared/residency/empty-section';
import type { ResidencySection, Stay } from '../../shared/residency/schema';
import type { PlannerState } from './planner-state';

/**
 * Actions of the days-in-country counter. The trip log is optional in the plan: the first edit creates it.
 * Callers validate a stay first (validateStayDraft); these actions store what they are given.
 */
export interface ResidencySlice {
  saveStay(stay: Stay): void;
  removeStay(stayId: string): void;
  setResidencyUsedForTax(isUsedForTax: boolean): void;
}

function withResidency(d: PlanDocument, change: (section: ResidencySection) => ResidencySection): PlanDocument {
  return { ...d, residency: change(d.residency ?? createEmptyResidencySection()) };
}

export const createResidencySlice: StateCreator<PlannerState, [], [], ResidencySlice> = (_set, get) => ({
  saveStay: (stay) =>
    get().editDocument((d) =>
      withResidency(d, (r) => ({
        ...r,
        stays: r.stays.some((s) => s.id === stay.id) ? r.stays.map((s) => (s.id === stay.id ? stay : s)) : [...r.stays, stay],
      })),
    ),
  removeStay: (stayId) => get().editDocument((d) => withResidency(d, (r) => ({ ...r, stays: r.stays.filter((s) => s.id !== stayId) }))),
  setResidencyUsedForTax: (isUsedForTax) => get().editDocument((d) => withResidency(d, (r) => ({ ...r, isUsedForTax }))),
});
