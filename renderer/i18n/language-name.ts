import { displayNamesFor } from './display-names';

/**
 * The name of a language in the interface language. A goal's language may be a code ("zh") or, in plans
 * written before codes, the name the person typed ("Chinese (Mandarin)"): Intl.DisplayNames throws a
 * RangeError on anything that is not a well-formed tag, and one bad value must never blank a screen.
 */
export function languageName(value: string, interfaceLanguage: string): string {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)) return value;
  try {
    return displayNamesFor(interfaceLanguage, 'language').of(value) ?? value;
  } catch {
    return value;
  }
}
