import { ChecklistItemSchema, ChecklistSchema, itemGraphIssues, type Checklist } from './schema';

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

/**
 * Checks an edit of one checklist, given the list before it (which passed the checklist schema), in
 * proportion to the edit (issue 16): when only its items changed (a tick, a typed note, an added item),
 * each item that is a new object is checked with the item schema and the cross-item rules (ids, blockers,
 * cycles) run over the list in plain code; any other change is checked with the whole checklist schema.
 * The answer agrees with ChecklistSchema on the edited list, first problem included (a unit test holds it
 * to that).
 */
export function checkChecklistEdit(before: Checklist, after: Checklist): ChecklistEditIssue | null {
  if (after === before) return null;
  if (!hasOnlyItemsChanged(before, after)) return firstSchemaIssue(ChecklistSchema.safeParse(after), []);
  const kept = new Set(before.items);
  for (let index = 0; index < after.items.length; index++) {
    const item = after.items[index];
    if (kept.has(item!)) continue;
    const issue = firstSchemaIssue(ChecklistItemSchema.safeParse(item), ['items', index]);
    if (issue) return issue;
  }
  const [graphIssue] = itemGraphIssues(after.items, ['items']);
  return graphIssue ? { message: graphIssue.message, path: graphIssue.path } : null;
}
