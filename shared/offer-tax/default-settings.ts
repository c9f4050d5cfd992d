import type { Offer } from '../offers/offer-schema';
import { TaxSettingsSchema, type TaxModel, type TaxSettings } from '../tax/schema';
import type { UsState } from '../tax/us-states/state-rules';
import { isChinaCountry } from '../geo/offer-country';

export { isChinaCountry } from '../geo/offer-country';

const MODEL_BY_COUNTRY: Readonly<Record<string, TaxModel>> = { US: 'us', USA: 'us', HK: 'hong-kong', SG: 'singapore' };

/**
 * The model an offer starts with when the person turns taxes on: the country's own model where the app has
 * one (China's resident model, as most people moving for work stay 183 days or more; the United States;
 * Hong Kong; Singapore), otherwise the effective-rate estimate for a known country and no tax when the
 * country is not entered. The person can override it in the panel.
 */
export function defaultTaxModel(offer: Pick<Offer, 'country'>): TaxModel {
  if (isChinaCountry(offer.country)) return 'china-resident';
  const own = MODEL_BY_COUNTRY[offer.country.trim().toUpperCase()];
  if (own) return own;
  return offer.country.trim() === '' ? 'none' : 'effective-rate';
}

/** Where the big tech employers are, so a US offer in Seattle starts with Washington chosen (the person can change it). */
const STATE_BY_CITY: Readonly<Record<string, UsState>> = {
  seattle: 'WA', bellevue: 'WA', redmond: 'WA', kirkland: 'WA',
  'san francisco': 'CA', 'mountain view': 'CA', 'palo alto': 'CA', 'menlo park': 'CA', sunnyvale: 'CA', cupertino: 'CA', 'san jose': 'CA', 'los angeles': 'CA', 'san diego': 'CA', oakland: 'CA', 'santa clara': 'CA',
  'new york': 'NY', 'new york city': 'NY', nyc: 'NY', brooklyn: 'NY', manhattan: 'NY',
  boston: 'MA', cambridge: 'MA',
  austin: 'TX', dallas: 'TX', houston: 'TX',
};

export function usStateForCity(city: string): UsState | null {
  return STATE_BY_CITY[city.trim().toLowerCase()] ?? null;
}

const NEW_YORK_CITY_NAMES = new Set(['new york', 'new york city', 'nyc', 'brooklyn', 'manhattan']);

/**
 * Full default settings for an offer. For China, a person whose profile citizenship is another country is a
 * foreign national (the allowance exemption depends on it); an unknown citizenship is not assumed foreign.
 */
export function defaultTaxSettings(offer: Pick<Offer, 'country'> & Partial<Pick<Offer, 'city'>>, citizenship: string | null, model: TaxModel = defaultTaxModel(offer)): TaxSettings {
  const isForeignNational = citizenship !== null && citizenship.trim() !== '' && !isChinaCountry(citizenship);
  if (model === 'us') {
    const city = offer.city ?? '';
    const state = usStateForCity(city);
    return TaxSettingsSchema.parse({ model, isForeignNational, us: { state, isNewYorkCity: state === 'NY' && NEW_YORK_CITY_NAMES.has(city.trim().toLowerCase()) } });
  }
  return TaxSettingsSchema.parse({ model, isForeignNational });
}
