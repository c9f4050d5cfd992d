import { ITEM_STATUSES } from './checklist-values';
import { ChecklistItemSchema, ChecklistSchema, itemGraphIssues, type Checklist, type ChecklistItem } from './schema';

/** The first problem an edit of one checklist introduced: its message key and where it is in the checklist. */
export interface ChecklistEditIssue {
  message: string;
  path: PropertyKey[];
}

function firstSchemaIssue(checked: { success: boolean; error?: { issues: readonly { message: string; path: PropertyKey[] }[] } }, prefix: PropertyKey[]): ChecklistEditIssue | null {
  if (checked.success) return null;
  const issue = checked.error?.issues[0];
  return { message: issue?.message ?? 'validation.required', path: [...prefix, ...(issue?.path ?? [])] };
}

/** Whether `after` differs from `before` in its items only (the same fields, every other one the same value). */
function hasOnlyItemsChanged(before: Checklist, after: Checklist): boolean {
  if (typeof after !== 'object' || after === null || !Array.isArray(after.items)) return false;
  const keys = Object.keys(after) as (keyof Checklist)[];
  if (keys.length !== Object.keys(before).length) return false;
  return keys.every((key) => key === 'items' || (key in before && after[key] === before[key]));
}

const STATUSES: ReadonlySet<unknown> = new Set(ITEM_STATUSES);

/**
 * Whether `item` is `previous` (an item that passed the item schema, as its output) with only its status set
 * to another valid one: a tick. Such an item passes the item schema and is its own output (the status is a
 * plain enum, nothing in the item depends on it), so it needs no parse; anything else is parsed.
 */
export function isStatusChangeOnly(previous: ChecklistItem | undefined, item: unknown): boolean {
  if (previous === undefined || typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const next = item as Record<string, unknown>;
  const before = previous as unknown as Record<string, unknown>;
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(before).length || !STATUSES.has(next.status)) return false;
  return keys.every((key) => key === 'status' || (Object.hasOwn(before, key) && next[key] === before[key]));
}

/** A checklist edit that passed, as ChecklistSchema would have returned it, or its first problem. */
export type ChecklistEditResult = { ok: true; value: Checklist } | { ok: false; issue: ChecklistEditIssue };

/**
 * Checks an edit of one checklist, given the list before it (which passed the checklist schema and is its
 * output), in proportion to the edit (issue 16): when only its items changed (a tick, a typed note, an
 * added item), each item that is a new object is parsed with the item schema (unless only its status changed,
 * to a valid one: a tick) and the cross-item rules (ids, blockers, cycles) run over the list in plain code;
 * any other change is parsed with the whole checklist
 * schema. The answer agrees with ChecklistSchema on the edited list, first problem and output included (a
 * unit test holds it to that).
 */
export function parseChecklistEdit(before: Checklist, after: Checklist): ChecklistEditResult {
  if (after === before) return { ok: true, value: after };
  if (!hasOnlyItemsChanged(before, after)) {
    const checked = ChecklistSchema.safeParse(after);
    return checked.success ? { ok: true, value: checked.data } : { ok: false, issue: firstSchemaIssue(checked, [])! };
  }
  const kept = new Set(before.items);
  const items = after.items.slice();
  for (let index = 0; index < after.items.length; index++) {
    const item = after.items[index];
    if (kept.has(item!)) continue;
    if (isStatusChangeOnly(before.items[index], item)) continue;
    const checked = ChecklistItemSchema.safeParse(item);
    if (!checked.success) return { ok: false, issue: firstSchemaIssue(checked, ['items', index])! };
    items[index] = checked.data;
  }
  const [graphIssue] = itemGraphIssues(items, ['items']);
  if (graphIssue) return { ok: false, issue: { message: graphIssue.message, path: graphIssue.path } };
  return { ok: true, value: items === after.items ? after : { ...after, items } };
}

/** parseChecklistEdit's first problem only. */
export function checkChecklistEdit(before: Checklist, after: Checklist): ChecklistEditIssue | null {
  const result = parseChecklistEdit(before, after);
  return result.ok ? null : result.issue;
}
