import { z } from 'zod';

/** The schemas of shared/checklists/localized-text.ts: template text in both languages, or the person's own. */
export const BilingualTextSchema = z.object(
  {
    en: z.string({ error: 'checklists.validation.text' }).trim().min(1, { error: 'checklists.validation.textRequired' }),
    'zh-CN': z.string({ error: 'checklists.validation.text' }).trim().min(1, { error: 'checklists.validation.textRequired' }),
  },
  { error: 'checklists.validation.text' },
);

export const LocalizedTextSchema = z.union([z.string({ error: 'checklists.validation.text' }), BilingualTextSchema], {
  error: 'checklists.validation.text',
});
