/**
 * A two-letter country code as the interface language names it ("CN" -> "China" / "中国"); any other text
 * as it is. One Intl.DisplayNames per language: building one costs far more than asking it (a screen that
 * built one per render spent a quarter of a second in the 50-offer comparison), and a value that is not a
 * region code never throws.
 */
const cache = new Map<string, Intl.DisplayNames>();

export function regionName(country: string, interfaceLanguage: string): string {
  if (!/^[A-Z]{2}$/.test(country)) return country;
  let names = cache.get(interfaceLanguage);
  if (!names) {
    names = new Intl.DisplayNames([interfaceLanguage], { type: 'region' });
    cache.set(interfaceLanguage, names);
  }
  try {
    return names.of(country) ?? country;
  } catch {
    return country;
  }
}
