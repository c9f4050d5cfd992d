import { z } from 'zod';

/** A place in the app to open: a section, and in it the checklist item, offer or goal. Sent by a clicked reminder. */
export const OpenTargetSchema = z
  .object({
    section: z.enum(['overview', 'offers', 'checklists', 'language', 'timeline']),
    checklistId: z.string().min(1).max(200).optional(),
    itemId: z.string().min(1).max(200).optional(),
    offerId: z.string().min(1).max(200).optional(),
    goalId: z.string().min(1).max(200).optional(),
  })
  .strict();
export type OpenTarget = z.infer<typeof OpenTargetSchema>;
