import { findDependencyCycle } from './dependency-graph';
import { textIn, type Locale, type LocalizedText } from './localized-text';
import { isOpenStatus } from './checklist-values';
import type { Attachment, ChecklistItem } from './schema';

export interface ItemError {
  key: string;
  params?: Record<string, unknown>;
}
export type ItemResult<T> = { ok: true; value: T } | { ok: false; error: ItemError };

export interface Blocker {
  id: string;
  title: LocalizedText;
}

/**
 * What still holds an item up: its blockers that are neither done nor not needed, in the order the item
 * lists them, for "Blocked by X, Y". Ids that no longer exist are skipped: a deleted blocker cannot hold
 * anything up (removeItem cleans them out anyway).
 */
export function openBlockers(item: Pick<ChecklistItem, 'blockedBy'>, items: readonly ChecklistItem[]): Blocker[] {
  // Most items wait for nothing: no index of the list for them (the timeline asks for every item, issue 16).
  if (item.blockedBy.length === 0) return [];
  return openBlockersIn(item, new Map(items.map((candidate) => [candidate.id, candidate])));
}

/** openBlockers with the list already indexed by id, for callers that ask about many items of one list. */
export function openBlockersIn(item: Pick<ChecklistItem, 'blockedBy'>, byId: ReadonlyMap<string, ChecklistItem>): Blocker[] {
  if (item.blockedBy.length === 0) return [];
  const blockers: Blocker[] = [];
  for (const id of item.blockedBy) {
    const blocker = byId.get(id);
    if (blocker && isOpenStatus(blocker.status)) blockers.push({ id: blocker.id, title: blocker.title });
  }
  return blockers;
}

export function isBlocked(item: Pick<ChecklistItem, 'blockedBy'>, items: readonly ChecklistItem[]): boolean {
  return openBlockers(item, items).length > 0;
}

/**
 * openBlockers for the items of one list, asked about many of them in one go (the timeline, the overview's
 * progress): the list is indexed by id once, on the first item that waits for anything, instead of once per
 * such item (issue 16).
 */
export function blockersInList(items: readonly ChecklistItem[]): (item: Pick<ChecklistItem, 'blockedBy'>) => Blocker[] {
  let byId: Map<string, ChecklistItem> | null = null;
  return (item) => {
    if (item.blockedBy.length === 0) return [];
    byId ??= new Map(items.map((candidate) => [candidate.id, candidate]));
    return openBlockersIn(item, byId);
  };
}

/**
 * Checks a proposed new blockedBy list for one item before it is saved: refuses self-blocking, unknown
 * items and changes that would close a cycle. The cycle is named (ids in order, starting at the item) so
 * the message can say "A waits for B, which waits for A".
 */
export function validateBlockedByChange(
  items: readonly Pick<ChecklistItem, 'id' | 'blockedBy'>[],
  itemId: string,
  nextBlockedBy: readonly string[],
): ItemResult<string[]> {
  if (!items.some((item) => item.id === itemId)) {
    return { ok: false, error: { key: 'checklists.validation.unknownItem', params: { id: itemId } } };
  }
  const ids = new Set(items.map((item) => item.id));
  for (const id of nextBlockedBy) {
    if (id === itemId) return { ok: false, error: { key: 'checklists.validation.selfBlock' } };
    if (!ids.has(id)) return { ok: false, error: { key: 'checklists.validation.unknownItem', params: { id } } };
  }
  const deduplicated = [...new Set(nextBlockedBy)];
  // Start the search at the changed item so the reported cycle begins with it.
  const proposed = items.map((item) => (item.id === itemId ? { id: item.id, blockedBy: deduplicated } : item));
  const ordered = [...proposed.filter((item) => item.id === itemId), ...proposed.filter((item) => item.id !== itemId)];
  const cycle = findDependencyCycle(ordered);
  if (cycle) return { ok: false, error: { key: 'checklists.validation.cycle', params: { cycle } } };
  return { ok: true, value: deduplicated };
}

/** Applies a blockedBy change after validating it; the items are returned as new arrays, never mutated. */
export function setBlockedBy(items: readonly ChecklistItem[], itemId: string, nextBlockedBy: readonly string[]): ItemResult<ChecklistItem[]> {
  const checked = validateBlockedByChange(items, itemId, nextBlockedBy);
  if (!checked.ok) return checked;
  return { ok: true, value: items.map((item) => (item.id === itemId ? { ...item, blockedBy: checked.value } : item)) };
}

/**
 * Removes an item and every reference to it (other items' blockedBy and validity "needed by"), and hands
 * back its attachments so the main process can delete their copies once the person has confirmed.
 */
export function removeItem(
  items: readonly ChecklistItem[],
  itemId: string,
): { items: ChecklistItem[]; removedAttachments: Attachment[] } {
  const removed = items.find((item) => item.id === itemId);
  const remaining = items
    .filter((item) => item.id !== itemId)
    .map((item) => {
      const blockedBy = item.blockedBy.filter((id) => id !== itemId);
      const neededBy = item.validity?.neededBy;
      const isNeededByRemoved = neededBy?.kind === 'item' && neededBy.itemId === itemId;
      if (blockedBy.length === item.blockedBy.length && !isNeededByRemoved) return item;
      return {
        ...item,
        blockedBy,
        validity: item.validity && isNeededByRemoved ? { ...item.validity, neededBy: null } : item.validity,
      };
    });
  return { items: remaining, removedAttachments: removed ? [...removed.attachments] : [] };
}

/**
 * Items in an order where every item comes after the items it waits for, keeping the given order
 * otherwise (a stable topological sort). Useful for a "what can I do next" view. Assumes no cycle; any
 * items caught in one are appended at the end in their original order.
 */
export function dependencyOrder<T extends Pick<ChecklistItem, 'id' | 'blockedBy'>>(items: readonly T[]): T[] {
  const ids = new Set(items.map((item) => item.id));
  const placed = new Set<string>();
  const result: T[] = [];
  let progressed = true;
  while (progressed && result.length < items.length) {
    progressed = false;
    for (const item of items) {
      if (placed.has(item.id)) continue;
      if (item.blockedBy.every((id) => !ids.has(id) || placed.has(id))) {
        placed.add(item.id);
        result.push(item);
        progressed = true;
        break; // restart so earlier items keep priority
      }
    }
  }
  for (const item of items) if (!placed.has(item.id)) result.push(item);
  return result;
}

/**
 * A cycle as people read it, "A → B → A", for the {{cycle}} slot of checklists.validation.cycle. Ids
 * without an item (should not happen) are shown as they are rather than dropped, so the loop stays whole.
 */
export function describeCycle(cycle: readonly string[], items: readonly Pick<ChecklistItem, 'id' | 'title'>[], locale: Locale): string {
  if (cycle.length === 0) return '';
  const titleOf = (id: string) => {
    const item = items.find((candidate) => candidate.id === id);
    return item ? textIn(item.title, locale) : id;
  };
  return [...cycle, cycle[0]!].map(titleOf).join(' → ');
}
