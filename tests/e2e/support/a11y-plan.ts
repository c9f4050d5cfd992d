import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { planDocumentSchema } from '../../../shared/plan/plan-schema';
import { dashboardPlan } from './dashboard-plan';

/**
 * The dashboard plan (two offers, the Z checklist, an HSK 4 goal) with something on every screen: a study log
 * over the last weeks (so the heatmap and the weekly charts have data), stays in China, and the chosen theme.
 * "Today" in the scenarios using it is 2027-01-10.
 */
export function everyScreenPlan(interfaceLanguage: 'en' | 'zh-CN', theme: 'light' | 'dark' | 'system' = 'system'): PlanDocument {
  const plan = dashboardPlan(interfaceLanguage);
  const goalId = plan.language.goals[0]!.id;
  const days = ['2026-12-20', '2026-12-21', '2026-12-23', '2026-12-28', '2027-01-02', '2027-01-05', '2027-01-08', '2027-01-09'];
  plan.language.studyLog = days.map((date, index) => ({ id: `log-${index}`, goalId, date, minutes: 20 + index * 10, newWords: index * 3, note: index === 3 ? 'Flashcards on the train' : '' }));
  plan.residency = {
    isUsedForTax: true,
    stays: [
      { id: 'stay-1', entry: '2026-03-02', exit: '2026-03-20', isPlanned: false, note: 'Interviews in Shanghai' },
      { id: 'stay-2', entry: '2027-03-05', exit: null, isPlanned: true, note: 'The move' },
    ],
  };
  // A criterion with scores and a city's living costs, so the comparison's editable tables (with their
  // Delete buttons) are on screen too.
  plan.comparison.criteria = [{ id: 'crit-1', name: 'Career growth', weight: 60 }];
  plan.comparison.scores = { 'offer-a': { 'crit-1': 8 }, 'offer-b': { 'crit-1': 6 } };
  plan.comparison.costOfLiving = [{ id: 'col-1', city: 'Shanghai', currency: 'CNY', monthlyRentMinor: 1_200_000, otherMonthlyMinor: 600_000 }];
  if (theme !== 'system') plan.appearance = { theme };
  return planDocumentSchema.parse(plan);
}
