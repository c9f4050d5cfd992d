import { z } from 'zod';
import { findDependencyCycle } from './dependency-graph';
import { BilingualTextSchema } from './localized-text-schema';
import { AnchorKeySchema, IsoDateSchema, ItemCategorySchema, SourceSchema } from './schema';

/*
 * Built-in templates are data: each carries its sources and the date someone last checked them against
 * those sources, and every fact marked uncertain in the reference is flagged needsVerification so the UI
 * shows "verify with the official source" instead of stating it as settled.
 */

const v = (key: string) => ({ error: `checklists.validation.${key}` });
const templateKey = z.string(v('key')).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, v('key'));
const offsetDays = z.int(v('offset')).min(-3650, v('offset')).max(3650, v('offset'));

export const TemplateDueSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({
      kind: z.literal('relative'),
      anchor: AnchorKeySchema,
      offsetDays,
      offsetMonths: z.int(v('offset')).min(-120, v('offset')).max(120, v('offset')).optional(),
    }),
  ],
  v('due'),
);
export type TemplateDue = z.infer<typeof TemplateDueSchema>;

const TemplateNeededBySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('anchor'), anchor: AnchorKeySchema, offsetDays: offsetDays.optional() }),
    z.object({ kind: z.literal('item'), itemKey: templateKey }),
  ],
  v('neededBy'),
);

export const TemplateValiditySchema = z.discriminatedUnion(
  'basis',
  [
    z.object({
      basis: z.literal('issue-date'),
      months: z.int(v('validityMonths')).min(1, v('validityMonths')).max(240, v('validityMonths')),
      neededBy: TemplateNeededBySchema,
    }),
    z.object({
      basis: z.literal('expiry-date'),
      validMonthsPast: z.int(v('validityMonths')).min(0, v('validityMonths')).max(240, v('validityMonths')),
      neededBy: TemplateNeededBySchema,
    }),
  ],
  v('validity'),
);
export type TemplateValidity = z.infer<typeof TemplateValiditySchema>;

export const TemplateItemSchema = z.object({
  key: templateKey,
  title: BilingualTextSchema,
  details: BilingualTextSchema,
  category: ItemCategorySchema,
  due: TemplateDueSchema,
  validity: TemplateValiditySchema.nullable(),
  blockedBy: z.array(templateKey, v('blockedBy')),
  needsVerification: z.boolean(v('boolean')),
});
export type TemplateItem = z.infer<typeof TemplateItemSchema>;

/** A note shown at the top of a checklist and on its printout, such as the K visa's "not a work permit". */
export const TemplateNoticeSchema = z.object({
  text: BilingualTextSchema,
  needsVerification: z.boolean(v('boolean')),
});
export type TemplateNotice = z.infer<typeof TemplateNoticeSchema>;

export const ChecklistTemplateSchema = z
  .object({
    id: templateKey,
    version: z.int(v('templateVersion')).min(1, v('templateVersion')),
    title: BilingualTextSchema,
    description: BilingualTextSchema,
    sources: z.array(SourceSchema, v('sources')).min(1, v('sources')),
    reviewedOn: IsoDateSchema,
    notices: z.array(TemplateNoticeSchema, v('notices')),
    items: z.array(TemplateItemSchema, v('items')).min(1, v('items')),
  })
  .superRefine((template, ctx) => {
    const keys = new Set<string>();
    template.items.forEach((item, index) => {
      if (keys.has(item.key)) ctx.addIssue({ code: 'custom', message: 'checklists.validation.duplicateId', path: ['items', index, 'key'] });
      keys.add(item.key);
    });
    template.items.forEach((item, index) => {
      item.blockedBy.forEach((key, blockerIndex) => {
        if (key === item.key || !keys.has(key)) {
          ctx.addIssue({
            code: 'custom',
            message: key === item.key ? 'checklists.validation.selfBlock' : 'checklists.validation.unknownItem',
            path: ['items', index, 'blockedBy', blockerIndex],
            params: { id: key },
          });
        }
      });
      const neededBy = item.validity?.neededBy;
      if (neededBy?.kind === 'item' && (neededBy.itemKey === item.key || !keys.has(neededBy.itemKey))) {
        ctx.addIssue({
          code: 'custom',
          message: 'checklists.validation.unknownItem',
          path: ['items', index, 'validity', 'neededBy'],
          params: { id: neededBy.itemKey },
        });
      }
    });
    const cycle = findDependencyCycle(template.items.map((item) => ({ id: item.key, blockedBy: item.blockedBy })));
    if (cycle) ctx.addIssue({ code: 'custom', message: 'checklists.validation.cycle', path: ['items'], params: { cycle } });
  });
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;
