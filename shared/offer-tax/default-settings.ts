import type { Offer } from '../offers/offer-schema';
import { TaxSettingsSchema, type TaxModel, type TaxSettings } from '../tax/schema';

const CHINA_NAMES = new Set(['cn', 'chn', 'china', 'prc', '中国']);

/** The offer's country field is a free string (the form stores an ISO code); accept the usual spellings of China. */
export function isChinaCountry(country: string): boolean {
  return CHINA_NAMES.has(country.trim().toLowerCase());
}

/**
 * The model an offer starts with when the person turns taxes on: China's detailed resident model for a job
 * in China (most people moving for work stay 183 days or more), otherwise the effective-rate estimate for a
 * known country (no rules for it here) and no tax when the country is not entered.
 */
export function defaultTaxModel(offer: Pick<Offer, 'country'>): TaxModel {
  if (isChinaCountry(offer.country)) return 'china-resident';
  return offer.country.trim() === '' ? 'none' : 'effective-rate';
}

/**
 * Full default settings for an offer. For China, a person whose profile citizenship is another country is a
 * foreign national (the allowance exemption depends on it); an unknown citizenship is not assumed foreign.
 */
export function defaultTaxSettings(offer: Pick<Offer, 'country'>, citizenship: string | null, model: TaxModel = defaultTaxModel(offer)): TaxSettings {
  const isForeignNational = citizenship !== null && citizenship.trim() !== '' && !isChinaCountry(citizenship);
  return TaxSettingsSchema.parse({ model, isForeignNational });
}
