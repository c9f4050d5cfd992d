import { mulDivRound } from '../money';
import { step, type ExplanationStep } from './explanation';
import { findBracketIndex, taxAtBracket, type BracketTax, type TaxTable } from './tax-table';

export interface SeparateBonusTax extends BracketTax {
  readonly bonusMinor: number;
  readonly step: ExplanationStep;
}

/**
 * The annual one-off bonus taxed on its own (Announcement 2023 No. 30): the rate and the MONTHLY quick
 * deduction come from bonus / 12 in the monthly table, then tax = bonus x rate - quick deduction (the quick
 * deduction is taken once, not twelve times, which is what makes the threshold cliff). Rounded to the fen.
 */
export function taxBonusSeparately(monthlyTable: TaxTable, bonusMinor: number): SeparateBonusTax {
  const bracket = taxAtBracket(monthlyTable, findBracketIndex(monthlyTable, bonusMinor, 12), bonusMinor);
  return {
    ...bracket,
    bonusMinor,
    step: step('tax.explain.separateBonus', {
      bonusMinor,
      monthlyEquivalentMinor: mulDivRound(bonusMinor, 1, 12),
      rateBp: bracket.rateBp,
      quickDeductionMinor: bracket.quickDeductionMinor,
      taxMinor: bracket.taxMinor,
    }),
  };
}
