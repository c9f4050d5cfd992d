/**
 * One Intl.DisplayNames per interface language and kind of name: building one costs far more than asking
 * it (a screen that built one per render spent a quarter of a second in the 50-offer comparison).
 */
const cache = new Map<string, Intl.DisplayNames>();

export function displayNamesFor(interfaceLanguage: string, type: 'language' | 'region'): Intl.DisplayNames {
  const key = `${type} ${interfaceLanguage}`;
  let names = cache.get(key);
  if (!names) {
    // Languages: no fallback, so a code the platform cannot name is shown as stored rather than guessed.
    names = new Intl.DisplayNames([interfaceLanguage], type === 'language' ? { type, fallback: 'none' } : { type });
    cache.set(key, names);
  }
  return names;
}
