import { applyBp } from '../../money';
import { step, type ExplanationStep } from '../explanation';
import { taxOnSchedule } from '../marginal-table';
import type { TaxMessageKey } from '../messages';
import type { TaxSettings } from '../schema';
import { NO_CHINA_CHOICES, type ResolvedTaxYearInput, type TaxResult } from '../tax-result';
import { HK_RENTAL_VALUE_BP, HONG_KONG_SOURCE, findHongKongRules } from './hong-kong-rules';
import { HongKongSettingsSchema } from './hong-kong-schema';

/** Employee MPF for a year: 5% of monthly relevant income, nothing below 7,100 a month, at most 1,500 a month. */
export function hongKongMpf(incomeMinor: number, months: number, rules: NonNullable<ReturnType<typeof findHongKongRules>>): number {
  if (months <= 0) return 0;
  const monthly = Math.floor(incomeMinor / months);
  if (monthly < rules.mpfMinMonthlyMinor) return 0;
  return applyBp(Math.min(monthly, rules.mpfMaxMonthlyIncomeMinor), rules.mpfRateBp) * months;
}

/**
 * Hong Kong salaries tax for one year of assessment: the lower of progressive tax on net chargeable income
 * and the two-tier standard rate on net income, less the year's one-off reduction. Housing the employer
 * provides is taxed at its rental value (10% of the other income for a flat), not at its cost, so a
 * reimbursed housing allowance compares rightly with a cash one, which is taxed in full.
 */
export function computeHongKong(settings: TaxSettings, input: ResolvedTaxYearInput): TaxResult {
  const rules = findHongKongRules(input.taxYear, settings.allowAssumedRules);
  if (!rules) return { ok: false, error: { code: 'no-rule-for-year', taxYear: input.taxYear, messageKey: 'tax.error.noRuleForYear' } };
  const hk = HongKongSettingsSchema.parse(settings.hongKong ?? {});
  const grossMinor = input.wagesMinor + input.annualBonusMinor + input.equityVestedMinor + input.reimbursedAllowancesMinor;
  const isProvided = hk.housing !== 'none';
  const cashIncomeMinor = grossMinor - (isProvided ? input.reimbursedAllowancesMinor : 0);

  const steps: ExplanationStep[] = [
    step('tax.explain.hk.rules', { yearOfAssessment: rules.yearOfAssessment, taxYear: input.taxYear, basis: rules.basis, source: HONG_KONG_SOURCE }),
    step('tax.explain.gross', {
      wagesMinor: input.wagesMinor,
      bonusMinor: input.annualBonusMinor,
      equityMinor: input.equityVestedMinor,
      reimbursedAllowancesMinor: input.reimbursedAllowancesMinor,
      grossMinor,
    }),
  ];
  let rentalValueMinor = 0;
  if (hk.housing !== 'none') {
    const rateBp = HK_RENTAL_VALUE_BP[hk.housing];
    rentalValueMinor = Math.max(0, applyBp(cashIncomeMinor, rateBp) - hk.rentPaidMinor);
    steps.push(step('tax.explain.hk.rentalValue', { housingMinor: input.reimbursedAllowancesMinor, incomeMinor: cashIncomeMinor, rateBp, rentPaidMinor: hk.rentPaidMinor, rentalValueMinor }));
  } else if (input.reimbursedAllowancesMinor > 0) {
    steps.push(step('tax.explain.hk.allowancesTaxed', { amountMinor: input.reimbursedAllowancesMinor }));
  }
  const assessableMinor = cashIncomeMinor + rentalValueMinor;

  const mpfMinor = hk.hasMpf ? hongKongMpf(cashIncomeMinor, input.monthsEmployed, rules) : 0;
  const mpfDeductionMinor = Math.min(mpfMinor, rules.mpfDeductionCapMinor);
  if (hk.hasMpf) steps.push(step('tax.explain.hk.mpf', { contributionMinor: mpfMinor, deductionMinor: mpfDeductionMinor, capMinor: rules.mpfDeductionCapMinor }));
  const netIncomeMinor = Math.max(0, assessableMinor - mpfDeductionMinor - hk.otherDeductionsMinor);
  steps.push(step('tax.explain.hk.netIncome', { assessableMinor, deductionsMinor: mpfDeductionMinor + hk.otherDeductionsMinor, netIncomeMinor }));

  // The married person's allowance replaces the basic allowance.
  const allowancesMinor = hk.isMarried ? rules.marriedAllowanceMinor : rules.basicAllowanceMinor;
  const chargeableMinor = Math.max(0, netIncomeMinor - allowancesMinor);
  const progressive = taxOnSchedule(rules.progressive, chargeableMinor);
  const standard = taxOnSchedule(rules.standard, netIncomeMinor);
  steps.push(step('tax.explain.hk.progressive', { netIncomeMinor, allowancesMinor, chargeableMinor, taxMinor: progressive.taxMinor }));
  steps.push(step('tax.explain.hk.standard', { netIncomeMinor, taxMinor: standard.taxMinor }));
  const isStandard = standard.taxMinor < progressive.taxMinor;
  const chargedMinor = isStandard ? standard.taxMinor : progressive.taxMinor;
  steps.push(step('tax.explain.hk.lower', { chosen: isStandard ? 'standard' : 'progressive', taxMinor: chargedMinor }));
  const reductionMinor = Math.min(applyBp(chargedMinor, rules.reductionBp), rules.reductionCapMinor);
  if (reductionMinor > 0) steps.push(step('tax.explain.hk.reduction', { reductionMinor, capMinor: rules.reductionCapMinor, isEnacted: rules.isReductionEnacted }));
  const taxMinor = chargedMinor - reductionMinor;
  const takeHomeMinor = grossMinor - taxMinor - mpfMinor;
  steps.push(step('tax.explain.hk.takeHome', { grossMinor, taxMinor, contributionsMinor: mpfMinor, takeHomeMinor }));

  const notices: TaxMessageKey[] = ['tax.notice.hk.territorial'];
  if (rules.basis === 'assumed-unchanged') notices.unshift('tax.notice.assumedRules');
  if (reductionMinor > 0 && !rules.isReductionEnacted) notices.push('tax.notice.hk.reductionProposed');
  if (isProvided) notices.push('tax.notice.hk.housingProvided');

  return {
    ok: true,
    value: {
      model: 'hong-kong',
      taxYear: input.taxYear,
      ruleSetId: rules.id,
      ruleBasis: rules.basis,
      grossMinor,
      contributionsMinor: mpfMinor,
      taxableIncomeMinor: isStandard ? netIncomeMinor : chargeableMinor,
      taxMinor,
      takeHomeMinor,
      marginalRateBp: isStandard ? standard.marginalRateBp : progressive.marginalRateBp,
      ...NO_CHINA_CHOICES,
      notices,
      explanation: steps,
    },
  };
}
