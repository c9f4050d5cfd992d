import { describe, expect, it } from 'vitest';
import { computeItemView, createItemViewMemo, type ItemViewDates } from '../../../../shared/checklists/item-views';
import type { Checklist, ChecklistItem } from '../../../../shared/checklists/schema';
import { makeItem } from './fixtures';

// c waits for a and b; d's passport must be valid when b is due; e stands alone.
const items: ChecklistItem[] = [
  makeItem('a', { due: { kind: 'relative', anchor: 'entry', offsetDays: -30 } }),
  makeItem('b', { due: { kind: 'fixed', date: '2027-03-01' } }),
  makeItem('c', { blockedBy: ['a', 'b'], due: { kind: 'relative', anchor: 'entry', offsetDays: -5 } }),
  makeItem('d', { validity: { basis: 'expiry-date', validMonthsPast: 6, expiresOn: '2027-06-01', neededBy: { kind: 'item', itemId: 'b' } } }),
  makeItem('e', { due: { kind: 'fixed', date: '2027-01-20' } }),
];
const list: Checklist = {
  id: 'list',
  title: 'List',
  templateId: null,
  templateVersion: null,
  reviewedOn: null,
  sources: [],
  notices: [],
  order: 0,
  archived: false,
  createdOn: '2027-01-01',
  items,
};
const dates: ItemViewDates = { anchors: { entry: '2027-03-10' }, anchorsChangedOn: undefined, today: '2027-01-25' };

const edit = (checklist: Checklist, id: string, patch: Partial<ChecklistItem>): Checklist => ({
  ...checklist,
  items: checklist.items.map((item) => (item.id === id ? { ...item, ...patch } : item)),
});
const fresh = (checklist: Checklist, at: ItemViewDates) => checklist.items.map((item) => computeItemView(item, checklist, at));

describe('item views kept per item', () => {
  it('computes what the row shows: deadline, validity and open blockers', () => {
    const [a, , c, d, e] = createItemViewMemo().viewsOf(list, dates);
    expect(a!.deadline.resolution).toEqual({ kind: 'date', date: '2027-02-08' });
    expect(c!.blockers.map((blocker) => blocker.id)).toEqual(['a', 'b']);
    expect(d!.validity.kind).toBe('expires-too-early');
    expect(e!.deadline.urgency).toBe('overdue');
  });

  it('after a tick, computes the ticked item and the items that wait for it again, and hands back the others as they were', () => {
    const memo = createItemViewMemo();
    const before = memo.viewsOf(list, dates);
    const ticked = edit(list, 'a', { status: 'done' });
    const after = memo.viewsOf(ticked, dates);
    expect(after).toEqual(fresh(ticked, dates));
    expect(after[0]).not.toBe(before[0]);
    expect(after[2]).not.toBe(before[2]);
    expect(after[2]!.blockers.map((blocker) => blocker.id)).toEqual(['b']);
    for (const index of [1, 3, 4]) expect(after[index]).toBe(before[index]);
  });

  it('follows the item a validity window is needed by', () => {
    const memo = createItemViewMemo();
    const before = memo.viewsOf(list, dates);
    const moved = edit(list, 'b', { due: { kind: 'fixed', date: '2026-11-01' } });
    const after = memo.viewsOf(moved, dates);
    expect(after).toEqual(fresh(moved, dates));
    expect(after[3]).not.toBe(before[3]);
    expect(after[3]!.validity.kind).toBe('ok');
    expect(after[4]).toBe(before[4]);
  });

  it('computes every view again when the dates change: an anchor, the day it was set, or today', () => {
    const memo = createItemViewMemo();
    const before = memo.viewsOf(list, dates);
    const changes: ItemViewDates[] = [
      { ...dates, anchors: { entry: '2027-04-01' } },
      { ...dates, anchorsChangedOn: { entry: '2027-01-20' } },
      { ...dates, today: '2027-02-20' },
    ];
    for (const changed of changes) {
      const after = memo.viewsOf(list, changed);
      expect(after).toEqual(fresh(list, changed));
      expect(after.every((view, index) => view !== before[index])).toBe(true);
    }
  });

  it('answers one item the same as the whole list does', () => {
    const memo = createItemViewMemo();
    const views = memo.viewsOf(list, dates);
    expect(memo.viewOf(list.items[2]!, list, dates)).toBe(views[2]);
    const removed: Checklist = { ...list, items: list.items.filter((item) => item.id !== 'b') };
    // b is gone: c waits for a only, and d's need date can no longer be known.
    expect(memo.viewOf(removed.items[1]!, removed, dates)).toEqual(computeItemView(removed.items[1]!, removed, dates));
    expect(memo.viewOf(removed.items[1]!, removed, dates).blockers.map((blocker) => blocker.id)).toEqual(['a']);
    expect(memo.viewOf(removed.items[2]!, removed, dates).validity.kind).toBe('needed-date-unknown');
  });
});
