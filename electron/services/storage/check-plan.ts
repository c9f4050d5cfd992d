import { isPlainRecord, parseEdit } from '../../../shared/plan/check-edit';
import { planDocumentSchema, type PlanDocument } from '../../../shared/plan/plan-schema';
import { zodFieldErrors } from '../../../shared/validation/field-errors';

export type PlanCheck = { ok: true; document: PlanDocument } | { ok: false; fieldErrors: Record<string, string> };

/**
 * Validates a document main has received (a structured copy: nothing in it is the same object as anything
 * main holds) against the last one it accepted, with the same verdict and output as planDocumentSchema:
 * 1. every part equal, value for value, to the accepted document's is replaced by the accepted object
 *    (adoptUnchanged), so
 * 2. parseEdit (shared/plan/check-edit.ts) parses only what differs: changed offers, tax settings and
 *    checklists one at a time with their cross-references, other changed sections whole.
 * A refusal is confirmed by the full schema, which also lists every problem for the answer; a document
 * that is not an object at all goes to the full schema directly.
 */
export function checkAgainstAccepted(accepted: PlanDocument, received: unknown): PlanCheck {
  const edit = isPlainRecord(received) ? parseEdit(accepted, adoptUnchanged(accepted, received)) : null;
  return edit?.ok ? edit : checkWholeDocument(received);
}

/** planDocumentSchema on the whole document: the reference every shortcut here agrees with. */
export function checkWholeDocument(received: unknown): PlanCheck {
  const whole = planDocumentSchema.safeParse(received);
  return whole.success ? { ok: true, document: whole.data } : { ok: false, fieldErrors: zodFieldErrors(whole.error) };
}

/**
 * Is `value` the same plain data as `known` (a value that passed the schema)? Only plain objects, arrays and
 * primitives compare equal, so a Date, a Map or a boxed string never stands in for the string or object the
 * schema checked. NaN never equals anything: the schema refuses it, and this makes it go to the schema.
 */
export function isSameData(value: unknown, known: unknown): boolean {
  if (value === known) return true;
  if (typeof known !== 'object' || known === null || typeof value !== 'object' || value === null) return false;
  if (Array.isArray(known)) {
    if (!Array.isArray(value) || value.length !== known.length) return false;
    for (let index = 0; index < known.length; index++) if (!isSameData(value[index], known[index])) return false;
    return true;
  }
  if (!isPlainRecord(value)) return false;
  let count = 0;
  for (const key in known) {
    count++;
    if (!Object.hasOwn(value, key) || !isSameData(value[key], (known as Record<string, unknown>)[key])) return false;
  }
  return Object.keys(value).length === count;
}

type Identified = { id?: unknown };

/** `received` with each element equal to one of `known` (at the same place, else with the same id) swapped for it. */
function adoptElements<T>(known: readonly T[], received: unknown): unknown {
  if (!Array.isArray(received) || !Array.isArray(known)) return received;
  let byId: Map<unknown, T> | null = null;
  return received.map((item: unknown, index) => {
    if (index < known.length && isSameData(item, known[index])) return known[index];
    byId ??= new Map(known.map((element) => [(element as Identified).id, element]));
    const match = isPlainRecord(item) ? byId.get(item.id) : undefined;
    return match !== undefined && isSameData(item, match) ? match : item;
  });
}

function adoptEntries(known: Record<string, unknown>, received: unknown): unknown {
  if (!isPlainRecord(received) || !isPlainRecord(known)) return received;
  const adopted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(received)) {
    const same = Object.hasOwn(known, key) && isSameData(value, known[key]);
    Object.defineProperty(adopted, key, { value: same ? known[key] : value, enumerable: true, writable: true, configurable: true });
  }
  return adopted;
}

/**
 * The received document, each part that equals the accepted one's replaced by the accepted object: whole
 * sections, and within offers, tax settings and checklists single elements (parseEdit checks those one at
 * a time). Anything the document's shape does not have is left as received, for parseEdit to refuse.
 */
export function adoptUnchanged(accepted: PlanDocument, received: Record<string, unknown>): PlanDocument {
  const known = accepted as unknown as Record<string, unknown>;
  const adopted: Record<string, unknown> = {};
  for (const key of Object.keys(received)) {
    if (!Object.hasOwn(planDocumentSchema.shape, key)) return received as unknown as PlanDocument;
    const value = received[key];
    if (isSameData(value, known[key])) adopted[key] = known[key];
    else if (key === 'offers') adopted[key] = adoptElements(accepted.offers, value);
    else if (key === 'taxByOffer') adopted[key] = adoptEntries(accepted.taxByOffer, value);
    else if (key === 'checklists' && isPlainRecord(value)) {
      const section = accepted.checklists;
      adopted[key] = {
        ...value,
        ...(Object.hasOwn(value, 'anchors') && isSameData(value.anchors, section.anchors) ? { anchors: section.anchors } : {}),
        ...(Object.hasOwn(value, 'checklists') ? { checklists: adoptElements(section.checklists, value.checklists) } : {}),
      };
    } else adopted[key] = value;
  }
  return adopted as unknown as PlanDocument;
}
