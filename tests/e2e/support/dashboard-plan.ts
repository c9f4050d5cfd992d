import { createChecklistFromTemplate, createCustomItem } from '../../../shared/checklists/create-checklist';
import { chinaWorkZVisaTemplate } from '../../../shared/checklists/templates/china-work-z-visa';
import { createEmptyPlan, planDocumentSchema, type PlanDocument } from '../../../shared/plan/plan-schema';
import { hsk4Goal } from '../../unit/shared/language/fixtures';
import { offerA, offerB } from '../../unit/shared/offers/fixtures';

const SIX_FORTY_FIVE_DAY_ITEMS = ['degree-apostille', 'criminal-record', 'health-certificate', 'cv-experience', 'employment-contract'];

/**
 * Two offers, the Z checklist and an HSK 4 goal. The checklist was made on 2027-01-01 for a visa
 * appointment on 2027-02-10 and entry on 2027-03-10:
 *   passport           2027-02-10 - 60 days = 2026-12-12  (already past on 2027-01-01: as soon as possible)
 *   photos             2027-02-10 - 45 days = 2026-12-27  (idem; the other five 45-day items are done)
 *   work-permit appl.  2027-02-10 - 30 days = 2027-01-11  (tomorrow)
 *   "Book the movers"  fixed 2027-01-05, added with the list, so due after it was made: 5 days overdue
 * Offers: Shenzhen Cloud decides 2027-01-12 (in 2 days), Shanghai Tech 2027-01-20 (in 10 days).
 * HSK: registration deadline 2027-01-14 (in 4 days). Passport expires 2027-02-01 (22 days: a document reminder).
 */
export function dashboardPlan(interfaceLanguage: 'en' | 'zh-CN' = 'en'): PlanDocument {
  let id = 0;
  const plan = createEmptyPlan(interfaceLanguage);
  plan.profile.homeCurrency = 'USD';
  plan.move.targetMoveDate = '2027-03-05';
  plan.move.targetStartDate = '2027-03-15';
  plan.offers = [
    { ...offerA(), id: 'offer-a', company: 'Shanghai Tech', decisionDeadline: '2027-01-20', status: 'considering' },
    { ...offerB(), id: 'offer-b', company: 'Shenzhen Cloud', decisionDeadline: '2027-01-12', status: 'negotiating' },
  ];
  plan.checklists.anchors = { 'visa-appointment': '2027-02-10', entry: '2027-03-10' };
  const checklist = createChecklistFromTemplate(chinaWorkZVisaTemplate, () => `id-${++id}`, '2027-01-01');
  for (const item of checklist.items) if (SIX_FORTY_FIVE_DAY_ITEMS.includes(item.templateItemKey ?? '')) item.status = 'done';
  const passport = checklist.items.find((item) => item.templateItemKey === 'passport')!;
  passport.validity = { basis: 'expiry-date', validMonthsPast: 6, expiresOn: '2027-02-01', neededBy: { kind: 'anchor', anchor: 'entry' } };
  passport.notes = 'Renewal appointment at the passport office';
  checklist.items.push(createCustomItem({ title: 'Book the movers', due: { kind: 'fixed', date: '2027-01-05' } }, () => 'movers'));
  plan.checklists.checklists = [checklist];
  plan.language.goals = [hsk4Goal({ exam: { examDate: null, registrationDeadline: '2027-01-14', dateChangeCutoff: null, resultsDate: null } })];
  return planDocumentSchema.parse(plan);
}

export const itemId = (plan: PlanDocument, key: string) => plan.checklists.checklists[0]!.items.find((item) => item.templateItemKey === key)!.id;

