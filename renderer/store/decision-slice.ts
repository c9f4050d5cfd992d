import type { StateCreator } from 'zustand';
import { todayIso } from '../../shared/dates/iso-date';
import type { DecisionSettings } from '../../shared/decision/schema';
import { editTools, templateTools } from './edit-tools';
import type { PlannerState } from './planner-state';

/**
 * Actions of the decision part of the comparison; each is one editDocument call, so one undo step. The
 * comparison loads with the edit checks and the template actions (./edit-tools), which these use.
 */
export interface DecisionSlice {
  /** Sets the destination, start date, accepted status and checklist in one change; returns whether it was applied. */
  chooseOffer(offerId: string, createChecklist: boolean): boolean;
  /** Applies a settings change only if it passes the schema (a weight outside 0-100 is refused). */
  updateDecision(patch: Partial<DecisionSettings>): boolean;
}

export const createDecisionSlice: StateCreator<PlannerState, [], [], DecisionSlice> = (_set, get) => ({
  chooseOffer: (offerId, createChecklist) => {
    const current = get().document;
    if (!current) return false;
    const next = templateTools().chooseOffer(current, offerId, { createChecklist, today: todayIso(), newId: () => crypto.randomUUID() });
    return next ? get().editDocument(() => next) : false;
  },
  updateDecision: (patch) => {
    const current = get().document;
    if (!current) return false;
    const next = { ...current.decision, ...patch };
    if (!editTools().decisionSettingsSchema.safeParse(next).success) return false;
    return get().editDocument((d) => ({ ...d, decision: next }));
  },
});
