import type { z } from 'zod';
import { parseChecklistEdit } from '../checklists/check-checklist-edit';
import { ChecklistSchema, PlanAnchorsSchema } from '../checklists/schema';
import { parseLanguageEdit } from '../language/check-language-edit';
import { offerSchema } from '../offers/schema';
import { TaxSettingsSchema } from '../tax/schema';
import { planDocumentSchema, type PlanDocument } from './plan-schema';

/** The first problem an edit introduced: its message key and where it is. */
export interface EditIssue {
  message: string;
  path: PropertyKey[];
}

/**
 * An edit that passed, as planDocumentSchema would have returned it (strings trimmed, defaults filled):
 * the parts the edit left alone are `before`'s own objects, the changed ones are their schemas' output.
 */
export type EditResult = { ok: true; document: PlanDocument } | { ok: false; issue: EditIssue };

type Shape = typeof planDocumentSchema.shape;
type SectionKey = keyof Shape & keyof PlanDocument;
type Parsed<T> = { ok: true; value: T } | { ok: false; issue: EditIssue };

function prefixedResult<T>(parsed: Parsed<T>, prefix: PropertyKey[]): Parsed<T> {
  return parsed.ok ? parsed : { ok: false, issue: { message: parsed.issue.message, path: [...prefix, ...parsed.issue.path] } };
}

function parsePart<T>(schema: z.ZodType<T>, value: unknown, prefix: PropertyKey[]): Parsed<T> {
  const checked = schema.safeParse(value);
  if (checked.success) return { ok: true, value: checked.data };
  const issue = checked.error.issues[0];
  return { ok: false, issue: { message: issue?.message ?? 'validation.required', path: [...prefix, ...(issue?.path ?? [])] } };
}

/**
 * An object zod's records and objects take as one (plain, not an array); anything else (a Date, a Map, an
 * array) is handed to the section's own schema whole, which says exactly what is wrong with it.
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Each element of `after` that is not (by reference) an element of `before` is parsed with `schema`; the
 * result is `after` with those elements replaced by their parsed output. Every index is visited, so a hole
 * in a sparse array is checked (and refused) like the schema's own array parse would.
 */
function parseChangedElements<T>(before: readonly T[], after: readonly T[], schema: z.ZodType<T>, prefix: PropertyKey[]): Parsed<T[]> {
  const kept = new Set(before);
  const output = after.slice();
  for (let index = 0; index < after.length; index++) {
    const item = after[index]!;
    if (kept.has(item)) continue;
    const parsed = parsePart(schema, item, [...prefix, index]);
    if (!parsed.ok) return parsed;
    output[index] = parsed.value;
  }
  return { ok: true, value: output };
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

function parseOffersAndTax(before: PlanDocument, after: PlanDocument): Parsed<Pick<PlanDocument, 'offers' | 'taxByOffer'>> {
  const shape: Shape = planDocumentSchema.shape;
  if (!Array.isArray(after.offers)) return parsePart(shape.offers, after.offers, ['offers']) as Parsed<never>;
  let offers = after.offers;
  if (after.offers !== before.offers) {
    const parsed = parseChangedElements(before.offers, after.offers, offerSchema, ['offers']);
    if (!parsed.ok) return parsed;
    offers = parsed.value;
  }
  let taxByOffer = after.taxByOffer;
  if (after.taxByOffer !== before.taxByOffer) {
    if (!isPlainRecord(after.taxByOffer)) return parsePart(shape.taxByOffer, after.taxByOffer, ['taxByOffer']) as Parsed<never>;
    const output: PlanDocument['taxByOffer'] = {};
    for (const [id, settings] of Object.entries(after.taxByOffer)) {
      if (Object.hasOwn(before.taxByOffer, id) && before.taxByOffer[id] === settings) {
        defineEntry(output, id, settings);
        continue;
      }
      const parsed = parsePart(TaxSettingsSchema, settings, ['taxByOffer', id]);
      if (!parsed.ok) return parsed;
      defineEntry(output, id, parsed.value);
    }
    taxByOffer = output;
  }
  // The plan's own cross-references (plan-schema.ts): offer ids unique, tax settings only for offers held.
  const duplicate = duplicateIdAt(offers);
  if (duplicate !== -1) return { ok: false, issue: { message: 'validation.duplicateId', path: ['offers', duplicate, 'id'] } };
  const offerIds = new Set(offers.map((offer) => offer.id));
  for (const id of Object.keys(taxByOffer)) {
    if (!offerIds.has(id)) return { ok: false, issue: { message: 'validation.unknownOffer', path: ['taxByOffer', id] } };
  }
  return { ok: true, value: { offers, taxByOffer } };
}

/** A plain assignment of "__proto__" would set the prototype instead of adding the key. */
function defineEntry<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function parseChecklists(before: PlanDocument, after: PlanDocument): Parsed<PlanDocument['checklists']> {
  const section: unknown = after.checklists;
  const previous = before.checklists;
  const whole = () => parsePart(planDocumentSchema.shape.checklists, section, ['checklists']);
  if (!isPlainRecord(section) || !Array.isArray(section.checklists)) return whole();
  // Keys other than the two below (anchorsChangedOn, or one the schema does not know): the whole section.
  if (Object.keys(section).some((key) => key !== 'anchors' && key !== 'checklists')) return whole();
  let anchors = section.anchors as PlanDocument['checklists']['anchors'];
  if (anchors !== previous.anchors) {
    const parsed = parsePart(PlanAnchorsSchema, anchors, ['checklists', 'anchors']);
    if (!parsed.ok) return parsed;
    anchors = parsed.value;
  }
  let checklists = section.checklists as PlanDocument['checklists']['checklists'];
  if (checklists !== previous.checklists) {
    // Each changed list with its own item rules (ids, blockers, cycles); unchanged lists passed before. A list
    // that was there before is checked in proportion to the edit (one ticked item, not its 40).
    const earlierById = new Map(previous.checklists.map((checklist) => [checklist.id, checklist]));
    const kept = new Set(previous.checklists);
    const output = checklists.slice();
    for (let index = 0; index < checklists.length; index++) {
      const list = checklists[index]!;
      if (kept.has(list)) continue;
      const earlier = isPlainRecord(list) ? earlierById.get(list.id) : undefined;
      const prefix = ['checklists', 'checklists', index];
      const parsed = earlier ? prefixedResult(parseChecklistEdit(earlier, list), prefix) : parsePart(ChecklistSchema, list, prefix);
      if (!parsed.ok) return parsed;
      output[index] = parsed.value;
    }
    checklists = output;
    const duplicate = duplicateIdAt(checklists);
    if (duplicate !== -1) return { ok: false, issue: { message: 'checklists.validation.duplicateId', path: ['checklists', 'checklists', duplicate, 'id'] } };
  }
  return { ok: true, value: { anchors, checklists } };
}

function parseLanguage(before: PlanDocument, after: PlanDocument): Parsed<PlanDocument['language']> {
  const section: unknown = after.language;
  // Anything but exactly the section's two arrays (a key missing, one the schema does not know): the whole section.
  const isTwoArrays =
    isPlainRecord(section) && Object.keys(section).length === 2 && Array.isArray(section.goals) && Array.isArray(section.studyLog) && Object.hasOwn(section, 'goals') && Object.hasOwn(section, 'studyLog');
  if (!isTwoArrays) return parsePart(planDocumentSchema.shape.language, section, ['language']);
  return prefixedResult(parseLanguageEdit(before.language, section as PlanDocument['language']), ['language']);
}

/**
 * Checks only what an edit touched, given the document before it (which passed) and after it: a section
 * that is the same object is skipped; offers, tax settings, checklists and the language section's goals and
 * study-log entries are checked one changed element at a time, with the cross-references between them; any other changed section is checked whole with its
 * own schema. Agrees with planDocumentSchema on the edited document, verdict and output (unit tests hold it
 * to that), so main can keep the result as the document it writes.
 */
export function parseEdit(before: PlanDocument, after: PlanDocument): EditResult {
  if (after === before) return { ok: true, document: before };
  if (!isPlainRecord(after)) {
    const whole = parsePart(planDocumentSchema, after, []);
    return whole.ok ? { ok: true, document: whole.value } : whole;
  }
  const shape: Shape = planDocumentSchema.shape;
  // Own keys only: "toString" is in every object's prototype, not in the document's shape.
  const unknownKey = Object.keys(after).find((key) => !Object.hasOwn(shape, key));
  if (unknownKey !== undefined) return { ok: false, issue: { message: 'validation.unknownField', path: [unknownKey] } };
  const isChanged = (key: SectionKey) => after[key] !== before[key];
  const output: Record<string, unknown> = { ...after };
  if (isChanged('offers') || isChanged('taxByOffer')) {
    const parsed = parseOffersAndTax(before, after);
    if (!parsed.ok) return parsed;
    output.offers = parsed.value.offers;
    output.taxByOffer = parsed.value.taxByOffer;
  }
  if (isChanged('checklists')) {
    const parsed = parseChecklists(before, after);
    if (!parsed.ok) return { ok: false, issue: parsed.issue };
    output.checklists = parsed.value;
  }
  if (isChanged('language')) {
    const parsed = parseLanguage(before, after);
    if (!parsed.ok) return { ok: false, issue: parsed.issue };
    output.language = parsed.value;
  }
  for (const key of Object.keys(shape) as SectionKey[]) {
    if (key === 'offers' || key === 'taxByOffer' || key === 'checklists' || key === 'language' || !isChanged(key)) continue;
    const parsed = parsePart(shape[key] as z.ZodType, after[key], [key]);
    if (!parsed.ok) return parsed;
    // An optional section that is absent stays absent, as in the schema's own output.
    if (Object.hasOwn(after, key)) output[key] = parsed.value;
  }
  return { ok: true, document: output as PlanDocument };
}

/** parseEdit's verdict alone: null when the edit passed, else its first problem (the renderer's check). */
export function checkEdit(before: PlanDocument, after: PlanDocument): EditIssue | null {
  const result = parseEdit(before, after);
  return result.ok ? null : result.issue;
}
