import type { IsoDate } from '../dates/iso-date';
import { openBlockersIn, type Blocker } from './dependencies';
import type { DeadlineAssessment } from './due-dates';
import { assessItemDeadline } from './late-from-start';
import type { AnchorsChangedOn, Checklist, ChecklistItem, PlanAnchors } from './schema';
import { checkItemValidity, type ValidityCheck } from './validity';

/** What a checklist's screen shows about one item besides the item itself: its deadline, validity check and open blockers. */
export interface ItemView {
  item: ChecklistItem;
  deadline: DeadlineAssessment;
  validity: ValidityCheck;
  blockers: Blocker[];
}

/** The plan's dates an item's view is computed against. */
export interface ItemViewDates {
  anchors: PlanAnchors;
  anchorsChangedOn: AnchorsChangedOn | undefined;
  today: IsoDate;
}

/** The item's view, computed afresh. */
export function computeItemView(item: ChecklistItem, checklist: Pick<Checklist, 'items' | 'createdOn'>, dates: ItemViewDates): ItemView {
  return {
    item,
    deadline: assessItemDeadline(item, checklist, dates.anchors, dates.anchorsChangedOn, dates.today),
    validity: checkItemValidity(item, checklist.items, dates.anchors),
    blockers: openBlockersIn(item, itemsById(checklist.items)),
  };
}

/**
 * The other items of its list an item's view reads: the ones it waits for (their status decides whether
 * they still block it) and the one its validity is needed by (that item's deadline is the date). Every
 * other item can change without changing this item's view.
 */
function readIds(item: ChecklistItem): readonly string[] {
  const neededBy = item.validity?.neededBy;
  if (neededBy?.kind !== 'item') return item.blockedBy;
  return item.blockedBy.length === 0 ? [neededBy.itemId] : [...item.blockedBy, neededBy.itemId];
}

// One index per list of items; a list is never changed in place, so its index stays right.
const indexes = new WeakMap<readonly ChecklistItem[], ReadonlyMap<string, ChecklistItem>>();

function itemsById(items: readonly ChecklistItem[]): ReadonlyMap<string, ChecklistItem> {
  let index = indexes.get(items);
  if (!index) {
    index = new Map(items.map((item) => [item.id, item]));
    indexes.set(items, index);
  }
  return index;
}

interface Kept {
  view: ItemView;
  createdOn: IsoDate;
  dates: ItemViewDates;
  /** The items `readIds` named, as they were (undefined for an id the list did not hold). */
  read: readonly (ChecklistItem | undefined)[];
}

export interface ItemViewMemo {
  /** The item's view: the one computed before while nothing it reads has changed, else a new one. */
  viewOf(item: ChecklistItem, checklist: Pick<Checklist, 'items' | 'createdOn'>, dates: ItemViewDates): ItemView;
  /** Every item's view, in the list's order. */
  viewsOf(checklist: Pick<Checklist, 'items' | 'createdOn'>, dates: ItemViewDates): ItemView[];
}

/**
 * Item views kept per item object (issue 16): ticking one item of a 40-item list makes a new object of
 * that item only, so only its view (and the views of items waiting for it) is computed again, and a view
 * that is the same object lets its row skip rendering. Valid for callers that never change items in place
 * (the renderer's store); a view is kept while the item, the dates and the items it reads are the same.
 */
export function createItemViewMemo(): ItemViewMemo {
  const kept = new WeakMap<ChecklistItem, Kept>();
  const isStillValid = (entry: Kept, checklist: Pick<Checklist, 'items' | 'createdOn'>, dates: ItemViewDates, ids: readonly string[]) => {
    if (entry.createdOn !== checklist.createdOn) return false;
    if (entry.dates.anchors !== dates.anchors || entry.dates.anchorsChangedOn !== dates.anchorsChangedOn || entry.dates.today !== dates.today) return false;
    if (ids.length === 0) return true;
    const byId = itemsById(checklist.items);
    return ids.every((id, index) => byId.get(id) === entry.read[index]);
  };
  const viewOf: ItemViewMemo['viewOf'] = (item, checklist, dates) => {
    const ids = readIds(item);
    const entry = kept.get(item);
    if (entry && isStillValid(entry, checklist, dates, ids)) return entry.view;
    const view = computeItemView(item, checklist, dates);
    const byId = ids.length === 0 ? null : itemsById(checklist.items);
    kept.set(item, { view, createdOn: checklist.createdOn, dates: { ...dates }, read: ids.map((id) => byId?.get(id)) });
    return view;
  };
  return {
    viewOf,
    viewsOf: (checklist, dates) => checklist.items.map((item) => viewOf(item, checklist, dates)),
  };
}
