import { applyBp } from '../money';
import { step } from './explanation';
import { EFFECTIVE_RATE_KEY } from './simplifications';
import { NO_CHINA_CHOICES, type ResolvedTaxYearInput, type TaxComputation } from './tax-result';

function grossOf(input: ResolvedTaxYearInput): number {
  return input.wagesMinor + input.annualBonusMinor + input.equityVestedMinor + input.reimbursedAllowancesMinor;
}

function simpleComputation(
  model: 'effective-rate' | 'none',
  input: ResolvedTaxYearInput,
  rateBp: number,
): TaxComputation {
  const grossMinor = grossOf(input);
  // One rounding to the fen (or cent) on the year's tax: the entered rate is an estimate, not a withholding rule.
  const taxMinor = applyBp(grossMinor, rateBp);
  const takeHomeMinor = grossMinor - taxMinor;
  return {
    model,
    taxYear: input.taxYear,
    ruleSetId: null,
    ruleBasis: model === 'none' ? 'no-tax' : 'person-entered',
    grossMinor,
    contributionsMinor: 0,
    taxableIncomeMinor: null,
    taxMinor,
    takeHomeMinor,
    marginalRateBp: rateBp,
    ...NO_CHINA_CHOICES,
    notices: model === 'none' ? [] : [EFFECTIVE_RATE_KEY],
    explanation: [
      step('tax.explain.gross', {
        wagesMinor: input.wagesMinor,
        bonusMinor: input.annualBonusMinor,
        equityMinor: input.equityVestedMinor,
        reimbursedAllowancesMinor: input.reimbursedAllowancesMinor,
        grossMinor,
      }),
      model === 'none' ? step('tax.explain.noTax') : step('tax.explain.effectiveRate', { grossMinor, rateBp, taxMinor }),
      step('tax.explain.takeHome', { grossMinor, taxMinor, contributionsMinor: 0, takeHomeMinor }),
    ],
  };
}

/**
 * Any country the engine has no rules for: the person enters one all-in percentage, applied to all gross
 * income, reimbursed allowances included (most countries tax them). It covers social charges too, so no
 * contributions are taken separately.
 */
export function computeEffectiveRate(input: ResolvedTaxYearInput, rateBp: number): TaxComputation {
  return simpleComputation('effective-rate', input, rateBp);
}

/** No tax at all (a tax-free posting, or the person does not want taxes in the comparison). */
export function computeNoTax(input: ResolvedTaxYearInput): TaxComputation {
  return simpleComputation('none', input, 0);
}
