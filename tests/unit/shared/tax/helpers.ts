import { TaxSettingsSchema, type TaxSettingsInput, type TaxYearInput } from '../../../../shared/tax';

/** Yuan (with up to two decimals) to fen, rounding away the float noise of e.g. 3391.2 * 100. */
export function yuan(amount: number): number {
  return Math.round(amount * 100);
}

export function settings(input: TaxSettingsInput = {}) {
  return TaxSettingsSchema.parse(input);
}

/** Wages in these tests are all base salary unless a test passes baseSalaryMinor (the contribution base). */
export function yearInput(partial: Partial<TaxYearInput> & { taxYear: number }): TaxYearInput {
  const wagesMinor = partial.wagesMinor ?? 0;
  return { wagesMinor, baseSalaryMinor: wagesMinor, annualBonusMinor: 0, equityVestedMinor: 0, reimbursedAllowancesMinor: 0, ...partial };
}
