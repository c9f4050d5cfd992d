import { BUILT_IN_TEMPLATES } from '../../shared/checklists/templates/index';
import { createChecklistFromTemplate } from '../../shared/checklists/create-checklist';
import { addDaysIso } from '../../shared/dates/iso-date';
import { createEmptyPlan, planDocumentSchema, type PlanDocument } from '../../shared/plan/plan-schema';
import { hsk4Goal, entry } from '../unit/shared/language/fixtures';
import { offerA, offerB } from '../unit/shared/offers/fixtures';

/** A plan larger than most people will ever make: 12 offers, every template, a year of study log. */
export function largePlan(): PlanDocument {
  let id = 0;
  const nextId = () => `id-${++id}`;
  const plan = createEmptyPlan();
  plan.profile.homeCurrency = 'USD';
  plan.offers = Array.from({ length: 12 }, (_, index) => ({ ...(index % 2 ? offerB() : offerA()), id: `offer-${index}` }));
  plan.comparison.horizonYears = 6;
  plan.checklists.anchors = { entry: '2027-03-10', 'visa-appointment': '2027-02-01', 'offer-accepted': '2027-01-05' };
  plan.checklists.checklists = BUILT_IN_TEMPLATES.map((template, order) => createChecklistFromTemplate(template, nextId, '2027-01-01', order));
  const goal = hsk4Goal({ targetDate: '2028-06-24' });
  plan.language.goals = [goal];
  plan.language.studyLog = Array.from({ length: 365 }, (_, day) => ({
    ...entry(addDaysIso('2027-01-04', day), 30 + (day % 40), day % 25, goal.id),
    id: `log-${day}`,
  }));
  return planDocumentSchema.parse(plan);
}
