import { applyBp } from '../../money';
import { step, type ExplanationStep } from '../explanation';
import { taxOnSchedule } from '../marginal-table';
import type { SupportedUsFilingStatus, UsFederalRules } from './us-rules';

export interface DeductionChoice {
  readonly kind: 'standard' | 'itemized';
  readonly standardMinor: number;
  /** State and local tax actually paid (income tax + SDI), before the cap. */
  readonly saltPaidMinor: number;
  /** The SALT cap after its phase-down (never below the floor). */
  readonly saltCapMinor: number;
  readonly itemizedMinor: number;
  readonly deductionMinor: number;
}

/** The SALT cap for a MAGI: 30% of MAGI above the start comes off, never below the floor (H.R. 1). */
export function saltCap(rules: UsFederalRules, magiMinor: number): number {
  const reduction = applyBp(Math.max(0, magiMinor - rules.saltPhaseDownStartMinor), rules.saltPhaseDownRateBp);
  return Math.max(rules.saltFloorMinor, rules.saltCapMinor - reduction);
}

/** The larger of the standard deduction and itemizing (capped SALT plus the person's other itemized deductions). */
export function chooseDeduction(
  rules: UsFederalRules,
  status: SupportedUsFilingStatus,
  agiMinor: number,
  saltPaidMinor: number,
  otherItemizedMinor: number,
  forceStandard = false,
): DeductionChoice {
  const standardMinor = rules.standardDeductionMinor[status];
  const capMinor = saltCap(rules, agiMinor);
  const itemizedMinor = Math.min(saltPaidMinor, capMinor) + otherItemizedMinor;
  const isItemized = !forceStandard && itemizedMinor > standardMinor;
  return {
    kind: isItemized ? 'itemized' : 'standard',
    standardMinor,
    saltPaidMinor,
    saltCapMinor: capMinor,
    itemizedMinor,
    deductionMinor: isItemized ? itemizedMinor : standardMinor,
  };
}

export interface FederalIncomeTax {
  readonly taxableMinor: number;
  readonly taxMinor: number;
  readonly marginalRateBp: number;
  readonly steps: readonly ExplanationStep[];
}

/** Income tax on a taxable income from the year's brackets, slice by slice. */
export function federalIncomeTax(rules: UsFederalRules, status: SupportedUsFilingStatus, taxableMinor: number): FederalIncomeTax {
  const result = taxOnSchedule(rules.brackets[status], taxableMinor);
  const steps = result.slices.map((slice) => step('tax.explain.us.federalSlice', { fromMinor: slice.fromMinor, toMinor: slice.toMinor, rateBp: slice.rateBp, taxMinor: slice.taxMinor }));
  steps.push(step('tax.explain.us.federalTax', { taxableMinor: Math.max(0, taxableMinor), taxMinor: result.taxMinor }));
  return { taxableMinor: Math.max(0, taxableMinor), taxMinor: result.taxMinor, marginalRateBp: result.marginalRateBp, steps };
}

export interface PayrollTax {
  readonly socialSecurityMinor: number;
  readonly medicareMinor: number;
  readonly additionalMedicareMinor: number;
  readonly totalMinor: number;
  /** The marginal payroll rate on the person's next dollar. */
  readonly marginalRateBp: number;
  readonly steps: readonly ExplanationStep[];
}

/**
 * Social Security (each earner up to the wage base), Medicare on all wages, and the Additional Medicare Tax on
 * the couple's combined wages above the threshold (the liability, which withholding per employer can miss).
 * 401(k) deferrals stay in FICA wages.
 */
export function payrollTax(rules: UsFederalRules, status: SupportedUsFilingStatus, earnerWagesMinor: readonly number[]): PayrollTax {
  const steps: ExplanationStep[] = [];
  let socialSecurityMinor = 0;
  earnerWagesMinor.forEach((wages, index) => {
    const capped = Math.min(wages, rules.socialSecurityWageBaseMinor);
    const amount = applyBp(capped, rules.socialSecurityRateBp);
    socialSecurityMinor += amount;
    steps.push(
      step('tax.explain.us.socialSecurity', {
        earner: index + 1,
        wagesMinor: capped,
        rateBp: rules.socialSecurityRateBp,
        amountMinor: amount,
        wageBaseMinor: rules.socialSecurityWageBaseMinor,
        isCapped: wages > rules.socialSecurityWageBaseMinor,
      }),
    );
  });
  const combined = earnerWagesMinor.reduce((sum, w) => sum + w, 0);
  const medicareMinor = applyBp(combined, rules.medicareRateBp);
  steps.push(step('tax.explain.us.medicare', { wagesMinor: combined, rateBp: rules.medicareRateBp, amountMinor: medicareMinor }));
  const threshold = rules.additionalMedicareThresholdMinor[status];
  const additionalMedicareMinor = applyBp(Math.max(0, combined - threshold), rules.additionalMedicareRateBp);
  steps.push(step('tax.explain.us.additionalMedicare', { wagesMinor: combined, thresholdMinor: threshold, rateBp: rules.additionalMedicareRateBp, amountMinor: additionalMedicareMinor }));
  const own = earnerWagesMinor[0] ?? 0;
  const marginalRateBp =
    (own < rules.socialSecurityWageBaseMinor ? rules.socialSecurityRateBp : 0) + rules.medicareRateBp + (combined >= threshold ? rules.additionalMedicareRateBp : 0);
  return { socialSecurityMinor, medicareMinor, additionalMedicareMinor, totalMinor: socialSecurityMinor + medicareMinor + additionalMedicareMinor, marginalRateBp, steps };
}
