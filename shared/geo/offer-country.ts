import { isCountryCode } from './countries';

/*
 * An offer's country field is a free string (the form stores an ISO code). These read it without the
 * tax and checklist modules, so the overview's destination suggestion loads neither (issue 16).
 */
const CHINA_NAMES = new Set(['cn', 'chn', 'china', 'prc', '中国']);

/** The usual spellings of China. */
export function isChinaCountry(country: string): boolean {
  return CHINA_NAMES.has(country.trim().toLowerCase());
}

/** The offer's country as an ISO code the move accepts ("China" and "中国" read as CN), or null. */
export function destinationCountryOf(offer: { country: string }): string | null {
  if (isChinaCountry(offer.country)) return 'CN';
  const code = offer.country.trim().toUpperCase();
  return isCountryCode(code) ? code : null;
}
