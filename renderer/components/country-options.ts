import { useMemo } from 'react';
import { COUNTRY_CODES } from '../../shared/geo/countries';

/** Country names in the interface language, from the platform's CLDR data, sorted for that language. */
export function useCountryOptions(language: string): { value: string; label: string }[] {
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'region' });
    const collator = new Intl.Collator(language);
    return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }, [language]);
}
