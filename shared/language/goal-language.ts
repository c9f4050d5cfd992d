/**
 * A goal's language is stored as a language code ("zh") so its name follows the interface language.
 * Plans written before this stored the name as typed or as the form's default ("Chinese (Mandarin)",
 * "中文（普通话）"); those names are read as their code here, at read time, so no file is rewritten.
 * Anything else the person typed ("Cantonese", "Klingon") stays their own words.
 */

/** Names a goal's language was stored under, in either interface language, by code. */
const KNOWN_NAMES: Record<string, readonly string[]> = {
  zh: ['chinese (mandarin)', '中文（普通话）', '中文(普通话)', 'chinese', 'mandarin', 'mandarin chinese', '中文', '汉语', '普通话', '简体中文'],
  en: ['english', '英语', '英文'],
};

const CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The code for a stored goal language, or null when it is the person's own name for a language. */
export function goalLanguageCode(stored: string): string | null {
  const text = stored.trim();
  if (CODE.test(text)) return text;
  const lower = text.toLowerCase();
  for (const [code, names] of Object.entries(KNOWN_NAMES)) if (names.includes(lower)) return code;
  return null;
}

/** What to store for the language the person typed: its code when it is a known name, else their text. */
export function goalLanguageToStore(typed: string): string {
  return goalLanguageCode(typed) ?? typed.trim();
}
