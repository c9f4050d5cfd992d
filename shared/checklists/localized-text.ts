import { z } from 'zod';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Built-in template text ships in both languages and is copied into the plan as-is, so switching the
 * app's language later still shows every template item in the new language. Text the person typed is
 * a plain string: we never pretend to have a translation of it.
 */
export const BilingualTextSchema = z.object(
  {
    en: z.string({ error: 'checklists.validation.text' }).trim().min(1, { error: 'checklists.validation.textRequired' }),
    'zh-CN': z.string({ error: 'checklists.validation.text' }).trim().min(1, { error: 'checklists.validation.textRequired' }),
  },
  { error: 'checklists.validation.text' },
);
export type BilingualText = z.infer<typeof BilingualTextSchema>;

export const LocalizedTextSchema = z.union([z.string({ error: 'checklists.validation.text' }), BilingualTextSchema], {
  error: 'checklists.validation.text',
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export function textIn(text: LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/** Lists of names read naturally in each language: "A, B" in English, "A、B" in Chinese. */
export function joinNames(names: readonly string[], locale: Locale): string {
  return names.join(locale === 'zh-CN' ? '、' : ', ');
}
