import { applyBp } from '../../money';
import { step, type ExplanationStep } from '../explanation';
import { taxOnSchedule } from '../marginal-table';
import type { TaxMessageKey } from '../messages';
import type { TaxSettings } from '../schema';
import { NO_CHINA_CHOICES, type ResolvedTaxYearInput, type TaxResult } from '../tax-result';
import { SINGAPORE_SOURCE, findSingaporeRules } from './singapore-rules';
import { SingaporeSettingsSchema } from './singapore-schema';

const RESIDENT_DAYS = 183;

/**
 * Singapore, employment income. A resident pays the progressive rates on chargeable income (income less
 * reliefs, capped at 80,000), less the year's rebate; a non-resident pays the higher of 15% of the gross
 * employment income and the resident rates without reliefs. Foreign employees on an Employment Pass pay no CPF.
 */
export function computeSingapore(settings: TaxSettings, input: ResolvedTaxYearInput): TaxResult {
  const rules = findSingaporeRules(input.taxYear, settings.allowAssumedRules);
  if (!rules) return { ok: false, error: { code: 'no-rule-for-year', taxYear: input.taxYear, messageKey: 'tax.error.noRuleForYear' } };
  const sg = SingaporeSettingsSchema.parse(settings.singapore ?? {});
  const grossMinor = input.wagesMinor + input.annualBonusMinor + input.equityVestedMinor + input.reimbursedAllowancesMinor;
  const isResident =
    sg.residency === 'resident' || (sg.residency === 'by-days' && (sg.daysInSingapore === null || sg.daysInSingapore >= RESIDENT_DAYS));

  const steps: ExplanationStep[] = [
    step('tax.explain.sg.rules', { yearOfAssessment: rules.yearOfAssessment, taxYear: input.taxYear, basis: rules.basis, source: SINGAPORE_SOURCE }),
    step('tax.explain.gross', {
      wagesMinor: input.wagesMinor,
      bonusMinor: input.annualBonusMinor,
      equityMinor: input.equityVestedMinor,
      reimbursedAllowancesMinor: input.reimbursedAllowancesMinor,
      grossMinor,
    }),
    step('tax.explain.sg.residency', { isResident, days: sg.daysInSingapore, threshold: RESIDENT_DAYS, residency: sg.residency }),
  ];

  let taxMinor: number;
  let marginalRateBp: number;
  let taxableIncomeMinor: number;
  if (isResident) {
    const reliefsMinor = Math.min(rules.reliefCapMinor, rules.earnedIncomeReliefMinor + sg.otherReliefsMinor);
    taxableIncomeMinor = Math.max(0, grossMinor - reliefsMinor);
    const schedule = taxOnSchedule(rules.resident, taxableIncomeMinor);
    steps.push(step('tax.explain.sg.reliefs', { earnedIncomeReliefMinor: rules.earnedIncomeReliefMinor, otherReliefsMinor: sg.otherReliefsMinor, capMinor: rules.reliefCapMinor, reliefsMinor, isCapped: rules.earnedIncomeReliefMinor + sg.otherReliefsMinor > rules.reliefCapMinor }));
    steps.push(step('tax.explain.sg.resident', { chargeableMinor: taxableIncomeMinor, taxMinor: schedule.taxMinor }));
    const rebateMinor = Math.min(applyBp(schedule.taxMinor, rules.rebateBp), rules.rebateCapMinor);
    if (rebateMinor > 0) steps.push(step('tax.explain.sg.rebate', { rebateMinor, rateBp: rules.rebateBp, capMinor: rules.rebateCapMinor }));
    taxMinor = schedule.taxMinor - rebateMinor;
    marginalRateBp = schedule.marginalRateBp;
  } else {
    taxableIncomeMinor = grossMinor;
    const flat = applyBp(grossMinor, rules.nonResidentEmploymentRateBp);
    const progressive = taxOnSchedule(rules.resident, grossMinor);
    const isFlat = flat >= progressive.taxMinor;
    taxMinor = isFlat ? flat : progressive.taxMinor;
    marginalRateBp = isFlat ? rules.nonResidentEmploymentRateBp : progressive.marginalRateBp;
    steps.push(step('tax.explain.sg.nonResident', { grossMinor, flatMinor: flat, progressiveMinor: progressive.taxMinor, taxMinor }));
  }
  const takeHomeMinor = grossMinor - taxMinor;
  steps.push(step('tax.explain.takeHome', { grossMinor, taxMinor, contributionsMinor: 0, takeHomeMinor }));

  const notices: TaxMessageKey[] = ['tax.notice.sg.territorial'];
  if (rules.basis === 'assumed-unchanged') notices.unshift('tax.notice.assumedRules');
  if (rules.yearOfAssessment >= 2026) notices.push('tax.notice.sg.noRebateFound');
  if (sg.isCitizenOrPr) notices.push('tax.notice.sg.cpfNotModelled');
  if (sg.residency === 'by-days' && sg.daysInSingapore === null) notices.push('tax.notice.sg.residentAssumed');

  return {
    ok: true,
    value: {
      model: 'singapore',
      taxYear: input.taxYear,
      ruleSetId: rules.id,
      ruleBasis: rules.basis,
      grossMinor,
      contributionsMinor: 0,
      taxableIncomeMinor,
      taxMinor,
      takeHomeMinor,
      marginalRateBp,
      ...NO_CHINA_CHOICES,
      notices,
      explanation: steps,
    },
  };
}
