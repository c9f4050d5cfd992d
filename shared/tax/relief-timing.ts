import { FOREIGN_ALLOWANCE_EXEMPTION_WINDOW, SEPARATE_BONUS_WINDOW, isPolicyInForceOn, type ChinaRulesForYear } from './china-rules';
import { step, type ExplanationStep } from './explanation';
import type { ResolvedTaxYearInput } from './tax-result';

/**
 * How the two time-limited reliefs apply to one tax year's payments. Both attach to payments, not to the
 * year: Announcement 2023 No. 30 lets an annual bonus be taxed separately when it is paid by 2027-12-31,
 * and No. 29 exempts the reimbursed allowances paid by then. With dated payments (an offer year that
 * straddles 2027-12-31) each date decides; without dates every payment is taken to fall inside the tax
 * year, and the year's whole-year answer from findChinaRules is used.
 */
export interface ReliefTiming {
  /** This year's annual bonus may be taxed separately. */
  readonly isSeparateBonusAvailable: boolean;
  /** The exemption applies to at least part of this year, so a foreign resident has the either/or choice. */
  readonly isExemptionInForce: boolean;
  /** The reimbursed allowances paid inside the exemption window: the most the exemption can take out. */
  readonly exemptibleAllowancesMinor: number;
  /** The last day of the exemption window, for the explanation of a partly exempt year. */
  readonly exemptionEndsOn: string;
}

export function reliefTiming(input: ResolvedTaxYearInput, rules: ChinaRulesForYear): ReliefTiming {
  const isSeparateBonusAvailable =
    input.annualBonusPaidOn === null ? rules.isSeparateBonusAvailable : isPolicyInForceOn(SEPARATE_BONUS_WINDOW, input.annualBonusPaidOn);

  const payments = input.reimbursedAllowancePayments?.filter((p) => p.amountMinor > 0) ?? null;
  const exemptionEndsOn = FOREIGN_ALLOWANCE_EXEMPTION_WINDOW.until;
  // An empty list has no date to ask about (nothing is reimbursed): the tax year answers, and with nothing
  // to exempt the choice can only cost the special deductions, so the engine never suggests it.
  if (payments === null || payments.length === 0) {
    const isInForce = rules.isForeignAllowanceExemptionAvailable;
    return { isSeparateBonusAvailable, isExemptionInForce: isInForce, exemptibleAllowancesMinor: isInForce ? input.reimbursedAllowancesMinor : 0, exemptionEndsOn };
  }
  const exemptibleAllowancesMinor = payments
    .filter((p) => isPolicyInForceOn(FOREIGN_ALLOWANCE_EXEMPTION_WINDOW, p.paidOn))
    .reduce((sum, p) => sum + p.amountMinor, 0);
  return { isSeparateBonusAvailable, isExemptionInForce: exemptibleAllowancesMinor > 0, exemptibleAllowancesMinor, exemptionEndsOn };
}

/** The explanation line for the reimbursed allowances: all taxed, all exempt, or exempt up to the window's end. */
export function allowancesStep(amountMinor: number, exemptMinor: number, until: string): ExplanationStep {
  if (exemptMinor === 0) return step('tax.explain.allowancesTaxed', { amountMinor });
  if (exemptMinor === amountMinor) return step('tax.explain.allowancesExempt', { amountMinor });
  return step('tax.explain.allowancesPartlyExempt', { amountMinor, exemptMinor, taxedMinor: amountMinor - exemptMinor, until });
}
