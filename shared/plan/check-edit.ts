import type { z } from 'zod';
import { checkChecklistEdit } from '../checklists/check-checklist-edit';
import { ChecklistSchema, PlanAnchorsSchema } from '../checklists/schema';
import { offerSchema } from '../offers/schema';
import { TaxSettingsSchema } from '../tax/schema';
import { planDocumentSchema, type PlanDocument } from './plan-schema';

/** The first problem an edit introduced: its message key and where it is. */
export interface EditIssue {
  message: string;
  path: PropertyKey[];
}

type Shape = typeof planDocumentSchema.shape;
type SectionKey = keyof Shape & keyof PlanDocument;

function firstIssue(schema: z.ZodType, value: unknown, prefix: PropertyKey[]): EditIssue | null {
  const checked = schema.safeParse(value);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  return { message: issue?.message ?? 'validation.required', path: [...prefix, ...(issue?.path ?? [])] };
}

const prefixed = (issue: EditIssue | null, prefix: PropertyKey[]): EditIssue | null => (issue ? { message: issue.message, path: [...prefix, ...issue.path] } : null);

/** Elements of `after` that are not (by reference) elements of `before`: the ones an edit made or changed. */
function changedElements<T>(before: readonly T[], after: readonly T[]): { item: T; index: number }[] {
  const kept = new Set(before);
  return after.flatMap((item, index) => (kept.has(item) ? [] : [{ item, index }]));
}

function duplicateIdAt(items: readonly { id: string }[]): number {
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const id = items[index]!.id;
    if (seen.has(id)) return index;
    seen.add(id);
  }
  return -1;
}

function checkOffers(before: PlanDocument, after: PlanDocument): EditIssue | null {
  if (after.offers !== before.offers) {
    for (const { item, index } of changedElements(before.offers, after.offers)) {
      const issue = firstIssue(offerSchema, item, ['offers', index]);
      if (issue) return issue;
    }
  }
  // The plan's own cross-references (plan-schema.ts): offer ids unique, tax settings only for offers held.
  const duplicate = duplicateIdAt(after.offers);
  if (duplicate !== -1) return { message: 'validation.duplicateId', path: ['offers', duplicate, 'id'] };
  const offerIds = new Set(after.offers.map((offer) => offer.id));
  for (const id of Object.keys(after.taxByOffer)) {
    if (!offerIds.has(id)) return { message: 'validation.unknownOffer', path: ['taxByOffer', id] };
  }
  return null;
}

function checkTax(before: PlanDocument, after: PlanDocument): EditIssue | null {
  if (typeof after.taxByOffer !== 'object' || after.taxByOffer === null) return firstIssue(planDocumentSchema.shape.taxByOffer, after.taxByOffer, ['taxByOffer']);
  for (const [id, settings] of Object.entries(after.taxByOffer)) {
    if (before.taxByOffer[id] === settings) continue;
    const issue = firstIssue(TaxSettingsSchema, settings, ['taxByOffer', id]);
    if (issue) return issue;
  }
  return null;
}

function checkChecklists(before: PlanDocument, after: PlanDocument): EditIssue | null {
  const section = after.checklists;
  const previous = before.checklists;
  if (typeof section !== 'object' || section === null || !Array.isArray(section.checklists)) {
    return firstIssue(planDocumentSchema.shape.checklists, section, ['checklists']);
  }
  if (section.anchors !== previous.anchors) {
    const issue = firstIssue(PlanAnchorsSchema, section.anchors, ['checklists', 'anchors']);
    if (issue) return issue;
  }
  if (section.checklists !== previous.checklists) {
    // Each changed list with its own item rules (ids, blockers, cycles); unchanged lists passed before. A list
    // that was there before is checked in proportion to the edit (one ticked item, not its 40).
    const before = new Map(previous.checklists.map((checklist) => [checklist.id, checklist]));
    for (const { item, index } of changedElements(previous.checklists, section.checklists)) {
      const earlier = typeof item === 'object' && item !== null ? before.get(item.id) : undefined;
      const issue = earlier ? prefixed(checkChecklistEdit(earlier, item), ['checklists', 'checklists', index]) : firstIssue(ChecklistSchema, item, ['checklists', 'checklists', index]);
      if (issue) return issue;
    }
    const duplicate = duplicateIdAt(section.checklists);
    if (duplicate !== -1) return { message: 'checklists.validation.duplicateId', path: ['checklists', 'checklists', duplicate, 'id'] };
  }
  const extra = Object.keys(section).find((key) => key !== 'anchors' && key !== 'checklists');
  return extra ? firstIssue(planDocumentSchema.shape.checklists, section, ['checklists']) : null;
}

/**
 * Checks only what an edit touched, given the document before it (which passed) and after it: a section
 * that is the same object is skipped; offers, tax settings and checklists are checked one changed element
 * at a time, with the cross-references between them; any other changed section is checked whole with its
 * own schema. The result agrees with planDocumentSchema on the edited document (a unit test holds it to
 * that); main still validates the whole document before it writes.
 */
export function checkEdit(before: PlanDocument, after: PlanDocument): EditIssue | null {
  if (after === before) return null;
  const shape: Shape = planDocumentSchema.shape;
  const unknownKey = Object.keys(after).find((key) => !(key in shape));
  if (unknownKey !== undefined) return { message: 'validation.unknownField', path: [unknownKey] };
  const isChanged = (key: SectionKey) => after[key] !== before[key];
  if (isChanged('offers') || isChanged('taxByOffer')) {
    if (!Array.isArray(after.offers)) return firstIssue(shape.offers, after.offers, ['offers']);
    const issue = checkOffers(before, after) ?? (isChanged('taxByOffer') ? checkTax(before, after) : null);
    if (issue) return issue;
  }
  if (isChanged('checklists')) {
    const issue = checkChecklists(before, after);
    if (issue) return issue;
  }
  for (const key of Object.keys(shape) as SectionKey[]) {
    if (key === 'offers' || key === 'taxByOffer' || key === 'checklists' || !isChanged(key)) continue;
    const issue = firstIssue(shape[key], after[key], [key]);
    if (issue) return issue;
  }
  return null;
}
