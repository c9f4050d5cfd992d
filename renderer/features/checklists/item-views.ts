import { useMemo } from 'react';
import { createItemViewMemo, type ItemView, type ItemViewDates } from '../../../shared/checklists/item-views';
import type { Checklist, ChecklistItem } from '../../../shared/checklists/schema';
import { usePlanner } from '../../store';
import { useAnchorsChangedOn, usePlanAnchors, useToday } from './checklist-hooks';

/**
 * One memo of item views for the renderer (the store never changes a document in place): the open list,
 * its rows, the sidebar's counts and the printout all ask it, and a tick computes one item's view again.
 */
const itemViews = createItemViewMemo();

/** The plan's dates as item views see them; the same object while they are the same. */
export function useItemViewDates(): ItemViewDates {
  const anchors = usePlanAnchors();
  const anchorsChangedOn = useAnchorsChangedOn();
  const today = useToday();
  return useMemo(() => ({ anchors, anchorsChangedOn, today }), [anchors, anchorsChangedOn, today]);
}

/** Every item's view of the checklist, in its order (kept per item: see shared/checklists/item-views). */
export function checklistViews(checklist: Checklist, dates: ItemViewDates): ItemView[] {
  return itemViews.viewsOf(checklist, dates);
}

/**
 * One item's view, read from the store by id: its row re-renders when this item (or an item it waits for
 * or is needed by) changes, and not when another item of its list is ticked. Null once the item is gone
 * (deleted, while the list that still shows its row catches up).
 */
export function useItemView(checklistId: string, itemId: string, dates: ItemViewDates): ItemView | null {
  return usePlanner((s) => {
    const checklist = s.document?.checklists.checklists.find((candidate) => candidate.id === checklistId);
    const item = checklist?.items.find((candidate) => candidate.id === itemId);
    return checklist && item ? itemViews.viewOf(item, checklist, dates) : null;
  });
}

const NO_ITEMS: readonly ChecklistItem[] = [];

/** The checklist's items as they are now, for an open item's editor (its blockers and validity pick from them). */
export function useChecklistItems(checklistId: string): readonly ChecklistItem[] {
  return usePlanner((s) => s.document?.checklists.checklists.find((candidate) => candidate.id === checklistId)?.items ?? NO_ITEMS);
}
