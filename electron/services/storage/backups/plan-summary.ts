import type { PlanDocument } from '../../../../shared/plan/plan-schema';

/** What a backup holds, in counts a person can match against what they remember. */
export interface PlanSummary {
  offers: number;
  checklists: number;
  goals: number;
  studyDays: number;
}

export function summarizePlan(document: PlanDocument): PlanSummary {
  return {
    offers: document.offers.length,
    checklists: document.checklists.checklists.length,
    goals: document.language.goals.length,
    studyDays: new Set(document.language.studyLog.map((entry) => entry.date)).size,
  };
}
