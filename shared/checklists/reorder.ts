import type { Checklist, ChecklistItem } from './schema';

/*
 * Ordering helpers. Items are ordered by their position in the checklist's array; checklists carry an
 * explicit `order` because they live in a list shared with archived ones. All helpers return new arrays.
 */

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(index)));
}

/** Moves one element to `toIndex` (clamped), the others keep their relative order. Unknown ids: unchanged copy. */
export function moveById<T extends { id: string }>(list: readonly T[], id: string, toIndex: number): T[] {
  const from = list.findIndex((entry) => entry.id === id);
  if (from === -1) return [...list];
  const result = [...list];
  const [moved] = result.splice(from, 1);
  result.splice(clampIndex(toIndex, result.length), 0, moved!);
  return result;
}

/** Up (-1) or down (+1) by a number of places, for keyboard reordering. */
export function moveByOffset<T extends { id: string }>(list: readonly T[], id: string, offset: number): T[] {
  const from = list.findIndex((entry) => entry.id === id);
  if (from === -1) return [...list];
  return moveById(list, id, from + offset);
}

/** Custom items can go anywhere, not only at the end. */
export function insertItemAt(items: readonly ChecklistItem[], item: ChecklistItem, index: number): ChecklistItem[] {
  const result = [...items];
  result.splice(clampIndex(index, result.length), 0, item);
  return result;
}

/** Checklists by their `order`, ties broken by id so the result never depends on the array's history. */
export function sortChecklists<T extends Pick<Checklist, 'id' | 'order'>>(checklists: readonly T[]): T[] {
  return [...checklists].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rewrites `order` as 0..n-1 after moving one checklist, so orders stay dense and unique. */
export function moveChecklist<T extends Pick<Checklist, 'id' | 'order'>>(checklists: readonly T[], id: string, toIndex: number): T[] {
  return moveById(sortChecklists(checklists), id, toIndex).map((checklist, order) => ({ ...checklist, order }));
}

/** The order a newly created checklist should get: after every existing one. */
export function nextChecklistOrder(checklists: readonly Pick<Checklist, 'order'>[]): number {
  return checklists.reduce((max, checklist) => Math.max(max, checklist.order + 1), 0);
}

/** Checklists to show in the sidebar, in order; archived ones only when asked for. */
export function visibleChecklists<T extends Pick<Checklist, 'id' | 'order' | 'archived'>>(
  checklists: readonly T[],
  includeArchived = false,
): T[] {
  return sortChecklists(checklists.filter((checklist) => includeArchived || !checklist.archived));
}
