/**
 * Built-in template text ships in both languages and is copied into the plan as-is, so switching the
 * app's language later still shows every template item in the new language. Text the person typed is
 * a plain string: we never pretend to have a translation of it. The schemas are in localized-text-schema.ts
 * (zod), which the renderer's first screen does not load.
 */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export type BilingualText = { en: string; 'zh-CN': string };
export type LocalizedText = string | BilingualText;

export function textIn(text: LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/** Lists of names read naturally in each language: "A, B" in English, "A、B" in Chinese. */
export function joinNames(names: readonly string[], locale: Locale): string {
  return names.join(locale === 'zh-CN' ? '、' : ', ');
}
