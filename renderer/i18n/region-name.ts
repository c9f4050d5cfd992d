import { displayNamesFor } from './display-names';

/**
 * A two-letter country code as the interface language names it ("CN" -> "China" / "中国"); any other text
 * as it is, and a value that is not a region code never throws.
 */
export function regionName(country: string, interfaceLanguage: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  try {
    return displayNamesFor(interfaceLanguage, 'region').of(country) ?? country;
  } catch {
    return country;
  }
}
