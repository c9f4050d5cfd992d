import { computeChinaNonResident } from './china-nonresident';
import { computeChinaResident } from './china-resident';
import { findChinaRules } from './china-rules';
import { computeEffectiveRate, computeNoTax } from './effective-rate';
import type { TaxSettings } from './schema';
import type { TaxResult, TaxYearInput } from './tax-result';

/** Sums of four amounts below this stay exact in a double; the schema's 10^14 per field keeps well under it. */
const MAX_INPUT_MINOR = 1_000_000_000_000_000;

function checkInput(input: TaxYearInput): string | null {
  if (!Number.isInteger(input.taxYear)) return 'taxYear';
  const amounts = ['wagesMinor', 'annualBonusMinor', 'equityVestedMinor', 'reimbursedAllowancesMinor'] as const;
  for (const field of amounts) {
    const value = input[field];
    if (!Number.isSafeInteger(value) || value < 0 || value > MAX_INPUT_MINOR) return field;
  }
  const months = input.monthsEmployed ?? 12;
  if (!Number.isInteger(months) || months < 1 || months > 12) return 'monthsEmployed';
  return null;
}

/**
 * Tax, contributions and take-home for one tax year under an offer's tax settings (parsed with
 * TaxSettingsSchema). Never throws for bad figures: an invalid input or a year without a rule comes back as
 * an error value the UI can show in the cell.
 */
export function computeTax(settings: TaxSettings, input: TaxYearInput): TaxResult {
  const badField = checkInput(input);
  if (badField) return { ok: false, error: { code: 'invalid-input', field: badField, messageKey: 'tax.error.invalidInput' } };
  const full: Required<TaxYearInput> = { ...input, monthsEmployed: input.monthsEmployed ?? 12 };

  switch (settings.model) {
    case 'none':
      return { ok: true, value: computeNoTax(full) };
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
export function computeTaxForYears(settings: TaxSettings, inputs: readonly TaxYearInput[]): TaxResult[] {
  return inputs.map((input) => computeTax(settings, input));
}
