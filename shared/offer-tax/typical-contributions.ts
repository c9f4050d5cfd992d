import type { ContributionSettings, TaxSettings } from '../tax/schema';

/**
 * Typical employee contributions in China: social insurance 10.5 % (pension 8 %, medical 2 %, unemployment
 * 0.5 %) and a housing fund of 5-12 % (7 % is the most common rate). Both apply to a monthly base that each
 * city caps (about three times its average wage); the cap differs by city and year, so it is not guessed.
 */
export const TYPICAL_SOCIAL_INSURANCE_BP = 1_050;
export const TYPICAL_HOUSING_FUND_BP = 700;

export type ContributionField = 'socialInsurance' | 'housingFund';
const FIELDS: readonly ContributionField[] = ['socialInsurance', 'housingFund'];

function isChinaModel(settings: TaxSettings | null): settings is TaxSettings {
  return settings?.model === 'china-resident' || settings?.model === 'china-nonresident';
}

/**
 * The contributions a China model leaves at "none". An employee in China almost always pays both, so
 * take-home is overstated until they are entered.
 */
export function missingChinaContributions(settings: TaxSettings | null): ContributionField[] {
  if (!isChinaModel(settings)) return [];
  return FIELDS.filter((field) => settings[field].kind === 'none');
}

/** Percent-of-base contributions of a China model with no monthly cap: taken from the whole base, however high. */
export function uncappedChinaContributions(settings: TaxSettings | null): ContributionField[] {
  if (!isChinaModel(settings)) return [];
  return FIELDS.filter((field) => {
    const value = settings[field];
    return value.kind === 'percent-of-base' && value.monthlyBaseCapMinor === null;
  });
}

/**
 * The settings with typical rates filled into the contributions that are still "none" (entered ones are
 * kept). The base defaults to the base salary per month; the cap is the one given, or left empty when unknown.
 */
export function withTypicalContributions(settings: TaxSettings, monthlyBaseCapMinor: number | null = null): TaxSettings {
  const typical = (rateBp: number): ContributionSettings => ({ kind: 'percent-of-base', rateBp, monthlyBaseMinor: null, monthlyBaseCapMinor });
  return {
    ...settings,
    socialInsurance: settings.socialInsurance.kind === 'none' ? typical(TYPICAL_SOCIAL_INSURANCE_BP) : settings.socialInsurance,
    housingFund: settings.housingFund.kind === 'none' ? typical(TYPICAL_HOUSING_FUND_BP) : settings.housingFund,
  };
}
