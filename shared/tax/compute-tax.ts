import { isIsoDate } from '../dates/iso-date';
import { computeChinaNonResident } from './china-nonresident';
import { computeChinaResident } from './china-resident';
import { findChinaRules } from './china-rules';
import { computeEffectiveRate, computeNoTax } from './effective-rate';
import { computeHongKong } from './hong-kong/compute-hong-kong';
import type { TaxSettings } from './schema';
import { computeSingapore } from './singapore/compute-singapore';
import type { ResolvedTaxYearInput, TaxResult, TaxYearInput } from './tax-result';
import { applyUsAbroad, type TaxContext } from './us-abroad/apply-us-abroad';
import { computeUs } from './us/compute-us';

export type { TaxContext } from './us-abroad/apply-us-abroad';

/** Sums of four amounts below this stay exact in a double; the schema's 10^14 per field keeps well under it. */
const MAX_INPUT_MINOR = 1_000_000_000_000_000;

function isAmount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_INPUT_MINOR;
}

function checkInput(input: TaxYearInput): string | null {
  if (!Number.isInteger(input.taxYear)) return 'taxYear';
  const amounts = ['wagesMinor', 'baseSalaryMinor', 'annualBonusMinor', 'equityVestedMinor', 'reimbursedAllowancesMinor'] as const;
  for (const field of amounts) {
    if (!isAmount(input[field])) return field;
  }
  // The base salary is part of the wages, never more: a larger base would tax money that is not there.
  if (input.baseSalaryMinor > input.wagesMinor) return 'baseSalaryMinor';
  const months = input.monthsEmployed ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > 12) return 'monthsEmployed';
  if (input.annualBonusPaidOn !== undefined && !isIsoDate(input.annualBonusPaidOn)) return 'annualBonusPaidOn';
  const separate = input.equitySeparateMinor ?? 0;
  const deferred = input.equityDeferredMinor ?? 0;
  if (!isAmount(separate) || !isAmount(deferred) || separate + deferred > input.equityVestedMinor) return 'equitySeparateMinor';
  const vests = input.equitySeparatePayments;
  if (vests !== undefined) {
    if (vests.some((p) => !isIsoDate(p.paidOn) || !isAmount(p.amountMinor))) return 'equitySeparatePayments';
    if (vests.reduce((sum, p) => sum + p.amountMinor, 0) !== separate) return 'equitySeparatePayments';
  }
  const allVests = input.equityVestPayments;
  if (allVests !== undefined) {
    if (allVests.some((p) => !isIsoDate(p.paidOn) || !isAmount(p.amountMinor))) return 'equityVestPayments';
    if (allVests.reduce((sum, p) => sum + p.amountMinor, 0) !== input.equityVestedMinor) return 'equityVestPayments';
  }
  const payments = input.reimbursedAllowancePayments;
  if (payments !== undefined) {
    // The dated list splits the total, so the two must agree or the exempt part would be wrong.
    if (payments.some((p) => !isIsoDate(p.paidOn) || !isAmount(p.amountMinor))) return 'reimbursedAllowancePayments';
    if (payments.reduce((sum, p) => sum + p.amountMinor, 0) !== input.reimbursedAllowancesMinor) return 'reimbursedAllowancePayments';
  }
  return null;
}

/**
 * Tax, contributions and take-home for one tax year under an offer's tax settings (parsed with
 * TaxSettingsSchema), by jurisdiction: China (resident, non-resident), the United States (federal, FICA,
 * state), Hong Kong, Singapore, an effective rate, or none. The one entry point the comparison, the verdict
 * and the flip points share. Never throws for bad figures: an invalid input or a year without a rule comes
 * back as an error value the UI can show in the cell.
 *
 * `context` (optional): the currency of the input amounts, the exchange rates and whether the person is a US
 * citizen or green-card holder. With a US person under a non-US model, what the US still takes on the
 * foreign wages (FEIE or FTC) is added to the tax (us-abroad/).
 */
export function computeTax(settings: TaxSettings, input: TaxYearInput, context?: TaxContext): TaxResult {
  const result = computeLocalTax(settings, input);
  if (!result.ok || context === undefined) return result;
  return { ok: true, value: applyUsAbroad(settings, result.value, context) };
}

function computeLocalTax(settings: TaxSettings, input: TaxYearInput): TaxResult {
  const badField = checkInput(input);
  if (badField) return { ok: false, error: { code: 'invalid-input', field: badField, messageKey: 'tax.error.invalidInput' } };
  const full: ResolvedTaxYearInput = {
    ...input,
    monthsEmployed: input.monthsEmployed ?? 12,
    annualBonusPaidOn: input.annualBonusPaidOn ?? null,
    reimbursedAllowancePayments: input.reimbursedAllowancePayments ?? null,
    equitySeparatePayments: input.equitySeparatePayments ?? null,
  };

  switch (settings.model) {
    case 'none':
      return { ok: true, value: computeNoTax(full) };
    case 'us':
      return computeUs(settings, full);
    case 'hong-kong':
      return computeHongKong(settings, full);
    case 'singapore':
      return computeSingapore(settings, full);
    case 'effective-rate':
      return { ok: true, value: computeEffectiveRate(full, settings.effectiveRateBp) };
    case 'china-resident':
    case 'china-nonresident': {
      const lookup = findChinaRules(full.taxYear, { allowAssumedRules: settings.allowAssumedRules });
      if (!lookup.ok) {
        return { ok: false, error: { code: 'no-rule-for-year', taxYear: full.taxYear, messageKey: 'tax.error.noRuleForYear' } };
      }
      const value =
        settings.model === 'china-resident'
          ? computeChinaResident(settings, full, lookup.rules)
          : computeChinaNonResident(settings, full, lookup.rules);
      return { ok: true, value };
    }
  }
}

/** The same for several years (an offer's horizon); each year succeeds or fails on its own. */
export function computeTaxForYears(settings: TaxSettings, inputs: readonly TaxYearInput[], context?: TaxContext): TaxResult[] {
  return inputs.map((input) => computeTax(settings, input, context));
}
