import type { ChinaRulesForYear } from './china-rules';
import { computeContribution } from './contributions';
import { step, type ExplanationStep } from './explanation';
import type { TaxMessageKey } from './messages';
import type { TaxSettings } from './schema';
import { EQUITY_AS_WAGES_KEY, NON_RESIDENT_SPREAD_KEY } from './simplifications';
import { allowancesStep, reliefTiming } from './relief-timing';
import type { ResolvedTaxYearInput, TaxComputation } from './tax-result';
import { taxFromTable } from './tax-table';

/**
 * China, non-resident: each month's wages less 5,000 on the monthly table; no annual reconciliation, no
 * special additional deductions, and (IIT Law art. 6) no deduction for social insurance, which is still
 * withheld and so still lowers take-home.
 *
 * Simplification: the engine gets yearly figures, so wages, bonus and vested equity are spread evenly over
 * the months worked. Real payroll taxes each month as paid, and a non-resident's multi-month bonus and
 * equity income have their own six-month spreading formulas (STA Announcement 2019 No. 35), which this
 * does not model. Foreign individuals keep the allowance exemption while it runs: with no special
 * deductions to trade it for, exempt is always at least as good.
 */
export function computeChinaNonResident(settings: TaxSettings, input: ResolvedTaxYearInput, rules: ChinaRulesForYear): TaxComputation {
  const { ruleSet } = rules;
  const months = input.monthsEmployed;
  const grossMinor = input.wagesMinor + input.annualBonusMinor + input.equityVestedMinor + input.reimbursedAllowancesMinor;
  // The exemption covers only the allowances paid while it runs (relief-timing.ts).
  const timing = reliefTiming(input, rules);
  const isExempt = settings.isForeignNational && timing.isExemptionInForce;
  const exemptMinor = isExempt ? timing.exemptibleAllowancesMinor : 0;
  const taxedIncomeMinor = grossMinor - exemptMinor;

  const socialInsurance = computeContribution('socialInsurance', settings.socialInsurance, input.baseSalaryMinor, months);
  const housingFund = computeContribution('housingFund', settings.housingFund, input.baseSalaryMinor, months);
  const contributionsMinor = socialInsurance.annualMinor + housingFund.annualMinor;

  // Spread to the fen: the first `remainder` months carry one fen more, so the months add up exactly.
  const baseMonthMinor = Math.floor(taxedIncomeMinor / months);
  const remainder = taxedIncomeMinor - baseMonthMinor * months;
  const groups = [
    { monthlyIncomeMinor: baseMonthMinor + 1, count: remainder },
    { monthlyIncomeMinor: baseMonthMinor, count: months - remainder },
  ].filter((g) => g.count > 0);

  const monthSteps: ExplanationStep[] = [];
  let taxMinor = 0;
  let marginalRateBp = 0;
  for (const group of groups) {
    const taxableMinor = Math.max(0, group.monthlyIncomeMinor - ruleSet.nonResidentMonthlyDeductionMinor);
    const bracket = taxFromTable(ruleSet.monthlyTable, taxableMinor);
    taxMinor += bracket.taxMinor * group.count;
    marginalRateBp = Math.max(marginalRateBp, bracket.rateBp);
    monthSteps.push(
      step('tax.explain.nonResidentMonth', {
        monthlyIncomeMinor: group.monthlyIncomeMinor,
        deductionMinor: ruleSet.nonResidentMonthlyDeductionMinor,
        taxableMinor,
        bracket: bracket.bracketIndex + 1,
        rateBp: bracket.rateBp,
        quickDeductionMinor: bracket.quickDeductionMinor,
        monthlyTaxMinor: bracket.taxMinor,
        months: group.count,
        taxMinor: bracket.taxMinor * group.count,
      }),
    );
  }
  const takeHomeMinor = grossMinor - taxMinor - contributionsMinor;

  const notices: TaxMessageKey[] = [NON_RESIDENT_SPREAD_KEY];
  if (ruleSet.basis === 'assumed-unchanged') notices.push('tax.notice.assumedRules');
  if (input.equityVestedMinor > 0) notices.push(EQUITY_AS_WAGES_KEY);
  if (settings.isForeignNational && !timing.isExemptionInForce) notices.push('tax.notice.exemptionUnavailable');
  if (isExempt && exemptMinor < input.reimbursedAllowancesMinor) notices.push('tax.notice.exemptionPartial');
  if (isExempt && settings.exemptionPreference === 'deductions') notices.push('tax.notice.nonResidentNoSpecialDeductions');

  const allowanceTreatment = isExempt ? 'exempt' : 'taxed';
  return {
    model: 'china-nonresident',
    taxYear: input.taxYear,
    ruleSetId: ruleSet.id,
    ruleBasis: ruleSet.basis,
    grossMinor,
    contributionsMinor,
    taxableIncomeMinor: null,
    taxMinor,
    takeHomeMinor,
    marginalRateBp,
    bonusTreatment: null,
    allowanceTreatment,
    suggested: { bonusTreatment: null, allowanceTreatment },
    isSeparateBonusAvailable: false,
    isAllowanceExemptionAvailable: isExempt,
    options: [{ bonusTreatment: 'combined', allowanceTreatment, taxMinor, takeHomeMinor }],
    bonusTrap: null,
    notices,
    explanation: [
      step('tax.explain.rules', { ruleSetId: ruleSet.id, taxYear: input.taxYear, basis: ruleSet.basis, reviewedOn: ruleSet.reviewedOn }),
      step('tax.explain.gross', {
        wagesMinor: input.wagesMinor,
        bonusMinor: input.annualBonusMinor,
        equityMinor: input.equityVestedMinor,
        reimbursedAllowancesMinor: input.reimbursedAllowancesMinor,
        grossMinor,
      }),
      ...(input.reimbursedAllowancesMinor > 0 ? [allowancesStep(input.reimbursedAllowancesMinor, exemptMinor, timing.exemptionEndsOn)] : []),
      step('tax.explain.nonResidentSpread', { taxedIncomeMinor, months }),
      ...monthSteps,
      ...socialInsurance.steps,
      ...housingFund.steps,
      ...(contributionsMinor > 0 ? [step('tax.explain.contributionsNotDeducted', { amountMinor: contributionsMinor })] : []),
      step('tax.explain.takeHome', { grossMinor, taxMinor, contributionsMinor, takeHomeMinor }),
    ],
  };
}
