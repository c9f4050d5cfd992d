import { TaxSettingsSchema, type TaxSettingsInput, type TaxYearInput } from '../../../../shared/tax';

/** Yuan (with up to two decimals) to fen, rounding away the float noise of e.g. 3391.2 * 100. */
export function yuan(amount: number): number {
  return Math.round(amount * 100);
}

export function settings(input: TaxSettingsInput = {}) {
  return TaxSettingsSchema.parse(input);
}

export function yearInput(partial: Partial<TaxYearInput> & { taxYear: number }): TaxYearInput {
  return { wagesMinor: 0, annualBonusMinor: 0, equityVestedMinor: 0, reimbursedAllowancesMinor: 0, ...partial };
}
