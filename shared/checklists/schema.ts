import { z } from 'zod';
import { isIsoDate } from '../dates/iso-date';
import { findDependencyCycle } from './dependency-graph';
import { LocalizedTextSchema } from './localized-text-schema';
import { ANCHOR_KEYS, ITEM_CATEGORIES, ITEM_STATUSES } from './checklist-values';

export { ANCHOR_KEYS, ITEM_CATEGORIES, ITEM_STATUSES, isOpenStatus } from './checklist-values';
import { isSafeStoredName, isSanitizedFileName } from './sanitize-file-name';

/*
 * The persisted shape of checklists inside a plan document. Every validation message is an i18n key
 * (see messages.ts), so the main process can hand zod issues to the renderer and the person reads them
 * in their own language.
 */

const v = (key: string) => ({ error: `checklists.validation.${key}` });

export const IsoDateSchema = z.string(v('date')).refine(isIsoDate, v('date'));

export const AnchorKeySchema = z.enum(ANCHOR_KEYS, v('anchor'));
export type AnchorKey = z.infer<typeof AnchorKeySchema>;

/** The plan's key dates. Each is optional: a deadline that needs a missing one says so instead of guessing. */
export const PlanAnchorsSchema = z.object(
  {
    'offer-accepted': IsoDateSchema.optional(),
    'visa-appointment': IsoDateSchema.optional(),
    'last-abroad': IsoDateSchema.optional(),
    entry: IsoDateSchema.optional(),
    start: IsoDateSchema.optional(),
    move: IsoDateSchema.optional(),
  },
  v('anchors'),
);
export type PlanAnchors = z.infer<typeof PlanAnchorsSchema>;

export const ItemStatusSchema = z.enum(ITEM_STATUSES, v('status'));
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

export const ItemCategorySchema = z.enum(ITEM_CATEGORIES, v('category'));
export type ItemCategory = z.infer<typeof ItemCategorySchema>;

// Ten years either way is far beyond any real deadline; the bound stops a typo from producing year 40000.
const offsetDays = z.int(v('offset')).min(-3650, v('offset')).max(3650, v('offset'));
const offsetMonths = z.int(v('offset')).min(-120, v('offset')).max(120, v('offset'));

/** Relative deadlines add months first, then days: "entry + 1 month - 1 day". */
export const DueSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.literal('fixed'), date: IsoDateSchema }),
    z.object({
      kind: z.literal('relative'),
      anchor: AnchorKeySchema,
      offsetDays,
      offsetMonths: offsetMonths.optional(),
    }),
  ],
  v('due'),
);
export type Due = z.infer<typeof DueSchema>;

/** When a document must still be valid: on an anchor date (plus an offset) or on another item's due date. */
export const NeededBySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('anchor'), anchor: AnchorKeySchema, offsetDays: offsetDays.optional() }),
    z.object({ kind: z.literal('item'), itemId: z.string(v('id')).min(1, v('id')) }),
  ],
  v('neededBy'),
);
export type NeededBy = z.infer<typeof NeededBySchema>;

/**
 * Two kinds of validity the reference describes: certificates valid N months from their issue date
 * (criminal record, health), and documents with a printed expiry that must outlast the need by a margin
 * (a passport valid 6 months past entry). Dates the person has not entered yet are null.
 */
export const ValiditySchema = z.discriminatedUnion(
  'basis',
  [
    z.object({
      basis: z.literal('issue-date'),
      months: z.int(v('validityMonths')).min(1, v('validityMonths')).max(240, v('validityMonths')),
      issuedOn: IsoDateSchema.nullable(),
      neededBy: NeededBySchema.nullable(),
    }),
    z.object({
      basis: z.literal('expiry-date'),
      validMonthsPast: z.int(v('validityMonths')).min(0, v('validityMonths')).max(240, v('validityMonths')),
      expiresOn: IsoDateSchema.nullable(),
      neededBy: NeededBySchema.nullable(),
    }),
  ],
  v('validity'),
);
export type Validity = z.infer<typeof ValiditySchema>;

export const AttachmentSchema = z.object(
  {
    id: z.string(v('id')).min(1, v('id')),
    /** The name shown to the person, already sanitized (no folders, no control characters). */
    fileName: z.string(v('fileName')).refine(isSanitizedFileName, v('fileName')),
    /** The name inside the plan's data folder; never contains a path, so it cannot escape the folder. */
    storedName: z.string(v('storedName')).refine(isSafeStoredName, v('storedName')),
    sizeBytes: z.int(v('sizeBytes')).min(0, v('sizeBytes')),
    addedOn: IsoDateSchema,
  },
  v('attachment'),
);
export type Attachment = z.infer<typeof AttachmentSchema>;

export const ChecklistItemSchema = z.object(
  {
    id: z.string(v('id')).min(1, v('id')),
    /** The template item it came from, so a later template version can be compared; null for custom items. */
    templateItemKey: z.string(v('id')).min(1, v('id')).nullable(),
    title: LocalizedTextSchema.refine((t) => (typeof t === 'string' ? t.trim() !== '' : true), v('titleRequired')),
    details: LocalizedTextSchema,
    category: ItemCategorySchema,
    status: ItemStatusSchema,
    notes: z.string(v('text')),
    due: DueSchema,
    validity: ValiditySchema.nullable(),
    blockedBy: z.array(z.string(v('id')).min(1, v('id')), v('blockedBy')),
    attachments: z.array(AttachmentSchema, v('attachments')),
    isCustom: z.boolean(v('boolean')),
    /** Copied from a template fact marked uncertain: the UI shows "verify with the official source". */
    needsVerification: z.boolean(v('boolean')),
  },
  v('item'),
);
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** A source is dated as precisely as the source itself is: a year, a month or a day; null when undated. */
export const SourceDateSchema = z
  .string(v('sourceDate'))
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, v('sourceDate'))
  .refine((s) => s.length !== 10 || isIsoDate(s), v('sourceDate'))
  .nullable();

export const SourceSchema = z.object(
  {
    title: z.string(v('text')).min(1, v('textRequired')),
    /** Null when the reference names a source without an address: better none than an invented one. */
    url: z.string(v('url')).regex(/^https:\/\/\S+$/, v('url')).nullable(),
    date: SourceDateSchema,
  },
  v('source'),
);
export type Source = z.infer<typeof SourceSchema>;

export const NoticeSchema = z.object(
  {
    text: LocalizedTextSchema,
    needsVerification: z.boolean(v('boolean')),
  },
  v('notice'),
);
export type Notice = z.infer<typeof NoticeSchema>;

/**
 * Cross-item rules: ids unique, blockedBy and neededBy point at items of the same checklist, nobody blocks
 * themselves, and no cycles (a cycle would mean nothing in it can ever start).
 */
export function addItemGraphIssues(items: readonly ChecklistItem[], ctx: z.RefinementCtx, pathPrefix: PropertyKey[]): void {
  for (const issue of itemGraphIssues(items, pathPrefix)) ctx.addIssue({ code: 'custom', ...issue });
}

/** A broken cross-item rule, as the checklist schema reports it. */
export interface ItemGraphIssue {
  message: string;
  path: PropertyKey[];
  params?: Record<string, unknown>;
}

/** The cross-item rules' problems in the order the schema reports them (plain code: an edit's check runs them without the schema). */
export function itemGraphIssues(items: readonly ChecklistItem[], pathPrefix: PropertyKey[]): ItemGraphIssue[] {
  const issues: ItemGraphIssue[] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) {
      issues.push({ message: 'checklists.validation.duplicateId', path: [...pathPrefix, index, 'id'] });
    }
    ids.add(item.id);
  });
  items.forEach((item, index) => {
    const seen = new Set<string>();
    item.blockedBy.forEach((blockerId, blockerIndex) => {
      const path = [...pathPrefix, index, 'blockedBy', blockerIndex];
      if (blockerId === item.id) {
        issues.push({ message: 'checklists.validation.selfBlock', path });
      } else if (!ids.has(blockerId)) {
        issues.push({ message: 'checklists.validation.unknownItem', path, params: { id: blockerId } });
      } else if (seen.has(blockerId)) {
        issues.push({ message: 'checklists.validation.duplicateBlocker', path });
      }
      seen.add(blockerId);
    });
    const neededBy = item.validity?.neededBy;
    if (neededBy?.kind === 'item' && (neededBy.itemId === item.id || !ids.has(neededBy.itemId))) {
      issues.push({
        message: 'checklists.validation.unknownItem',
        path: [...pathPrefix, index, 'validity', 'neededBy', 'itemId'],
        params: { id: neededBy.itemId },
      });
    }
    const attachmentIds = new Set<string>();
    const storedNames = new Set<string>();
    item.attachments.forEach((attachment, attachmentIndex) => {
      if (attachmentIds.has(attachment.id) || storedNames.has(attachment.storedName)) {
        issues.push({
          message: 'checklists.validation.duplicateAttachment',
          path: [...pathPrefix, index, 'attachments', attachmentIndex],
        });
      }
      attachmentIds.add(attachment.id);
      storedNames.add(attachment.storedName);
    });
  });
  const cycle = findDependencyCycle(items);
  if (cycle) {
    const index = items.findIndex((item) => item.id === cycle[0]);
    issues.push({
      message: 'checklists.validation.cycle',
      path: [...pathPrefix, index, 'blockedBy'],
      params: { cycle },
    });
  }
  return issues;
}

export const ChecklistSchema = z
  .object(
    {
      id: z.string(v('id')).min(1, v('id')),
      title: LocalizedTextSchema.refine((t) => (typeof t === 'string' ? t.trim() !== '' : true), v('titleRequired')),
      templateId: z.string(v('id')).min(1, v('id')).nullable(),
      /** Copied at creation so the printout names the rules the list was built from, even after updates. */
      templateVersion: z.int(v('templateVersion')).min(1, v('templateVersion')).nullable(),
      reviewedOn: IsoDateSchema.nullable(),
      sources: z.array(SourceSchema, v('sources')),
      /** The template's notices (such as "the K visa is not a work permit"), shown above the items and printed. */
      notices: z.array(NoticeSchema, v('notices')),
      order: z.int(v('order')).min(0, v('order')),
      archived: z.boolean(v('boolean')),
      createdOn: IsoDateSchema,
      items: z.array(ChecklistItemSchema, v('items')),
    },
    v('checklist'),
  )
  .superRefine((checklist, ctx) => addItemGraphIssues(checklist.items, ctx, ['items']));
export type Checklist = z.infer<typeof ChecklistSchema>;

/** The checklists part of a plan document: the anchor dates and every checklist. */
/**
 * The day each anchor date was last set or changed. A deadline that was already past on that day (or on the
 * checklist's creation day) was late from the start: it reads "as soon as possible", not "N days overdue".
 * Optional: plans written before it existed count from the checklists' creation days.
 */
export const AnchorsChangedOnSchema = z.partialRecord(AnchorKeySchema, IsoDateSchema, v('anchors'));
export type AnchorsChangedOn = z.infer<typeof AnchorsChangedOnSchema>;

export const ChecklistsSectionSchema = z
  .object(
    {
      anchors: PlanAnchorsSchema,
      anchorsChangedOn: AnchorsChangedOnSchema.optional(),
      checklists: z.array(ChecklistSchema, v('checklists')),
    },
    v('checklists'),
  )
  .superRefine((section, ctx) => {
    const ids = new Set<string>();
    section.checklists.forEach((checklist, index) => {
      if (ids.has(checklist.id)) {
        ctx.addIssue({ code: 'custom', message: 'checklists.validation.duplicateId', path: ['checklists', index, 'id'] });
      }
      ids.add(checklist.id);
    });
  });
export type ChecklistsSection = z.infer<typeof ChecklistsSectionSchema>;
