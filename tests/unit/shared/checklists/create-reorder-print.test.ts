import { describe, expect, it } from 'vitest';
import { createBlankChecklist, createChecklistFromTemplate, createCustomItem } from '../../../../shared/checklists/create-checklist';
import { buildPrintableChecklist, selectItemsForPrint } from '../../../../shared/checklists/print-selection';
import {
  insertItemAt,
  moveById,
  moveByOffset,
  moveChecklist,
  nextChecklistOrder,
  sortChecklists,
  visibleChecklists,
} from '../../../../shared/checklists/reorder';
import { ChecklistSchema } from '../../../../shared/checklists/schema';
import { chinaWorkZVisaTemplate } from '../../../../shared/checklists/templates/index';
import { counterIds, makeItem } from './fixtures';

describe('createChecklistFromTemplate', () => {
  const checklist = createChecklistFromTemplate(chinaWorkZVisaTemplate, counterIds('n'), '2027-01-02', 3);

  it('gives fresh ids and maps template keys to them in blockedBy and needed-by', () => {
    const ids = checklist.items.map((i) => i.id);
    expect(new Set([checklist.id, ...ids]).size).toBe(ids.length + 1);
    expect(ids.every((id) => id.startsWith('n-'))).toBe(true);
    const keyOf = new Map(checklist.items.map((i) => [i.id, i.templateItemKey]));
    for (const [index, templateItem] of chinaWorkZVisaTemplate.items.entries()) {
      const item = checklist.items[index]!;
      expect(item.templateItemKey).toBe(templateItem.key);
      expect(item.blockedBy.map((id) => keyOf.get(id))).toEqual(templateItem.blockedBy);
    }
    const record = checklist.items.find((i) => i.templateItemKey === 'criminal-record')!;
    expect(record.validity!.neededBy).toEqual({ kind: 'item', itemId: checklist.items.find((i) => i.templateItemKey === 'work-permit-application')!.id });
  });

  it('copies version, review date, sources and notices, and starts every item open and empty', () => {
    expect(checklist).toMatchObject({
      templateId: 'china-work-z-visa',
      templateVersion: chinaWorkZVisaTemplate.version,
      reviewedOn: chinaWorkZVisaTemplate.reviewedOn,
      order: 3,
      archived: false,
      createdOn: '2027-01-02',
    });
    expect(checklist.sources).toEqual(chinaWorkZVisaTemplate.sources);
    expect(checklist.sources).not.toBe(chinaWorkZVisaTemplate.sources);
    expect(checklist.notices).toEqual(chinaWorkZVisaTemplate.notices);
    for (const item of checklist.items) {
      expect(item).toMatchObject({ status: 'todo', notes: '', attachments: [], isCustom: false });
    }
    expect(ChecklistSchema.parse(checklist)).toEqual(checklist);
  });

  it('does not share objects with the template, so editing the plan cannot change the template', () => {
    const first = checklist.items[0]!;
    expect(first.title).not.toBe(chinaWorkZVisaTemplate.items[0]!.title);
  });
});

describe('blank checklists and custom items', () => {
  it('creates a blank list and a custom item that validate', () => {
    const ids = counterIds('b');
    const list = createBlankChecklist('Apartment', ids, '2027-01-01', 1);
    const item = createCustomItem({ title: 'Buy adapter plugs', category: 'moving', due: { kind: 'relative', anchor: 'move', offsetDays: -3 } }, ids);
    expect(item).toMatchObject({ isCustom: true, templateItemKey: null, status: 'todo', category: 'moving' });
    expect(ChecklistSchema.safeParse({ ...list, items: insertItemAt(list.items, item, 0) }).success).toBe(true);
  });
});

describe('reordering', () => {
  const items = ['a', 'b', 'c', 'd'].map((id) => makeItem(id));
  const ids = (list: { id: string }[]) => list.map((x) => x.id).join('');

  it('moves an item to an index, clamped, without mutating', () => {
    expect(ids(moveById(items, 'a', 2))).toBe('bcad');
    expect(ids(moveById(items, 'd', 0))).toBe('dabc');
    expect(ids(moveById(items, 'b', 99))).toBe('acdb');
    expect(ids(moveById(items, 'b', -5))).toBe('bacd');
    expect(ids(moveById(items, 'zz', 0))).toBe('abcd');
    expect(ids(items)).toBe('abcd');
  });

  it('moves up and down by an offset', () => {
    expect(ids(moveByOffset(items, 'c', -1))).toBe('acbd');
    expect(ids(moveByOffset(items, 'a', -1))).toBe('abcd');
    expect(ids(moveByOffset(items, 'c', 1))).toBe('abdc');
  });

  it('inserts custom items anywhere', () => {
    expect(ids(insertItemAt(items, makeItem('x'), 1))).toBe('axbcd');
    expect(ids(insertItemAt(items, makeItem('x'), 100))).toBe('abcdx');
  });

  it('orders checklists, renumbers after a move and hides archived ones unless asked', () => {
    const lists = [
      { id: 'z', order: 2, archived: false },
      { id: 'x', order: 0, archived: true },
      { id: 'y', order: 1, archived: false },
      { id: 'w', order: 1, archived: false },
    ];
    expect(ids(sortChecklists(lists))).toBe('xwyz');
    const moved = moveChecklist(lists, 'z', 0);
    expect(moved.map((l) => [l.id, l.order])).toEqual([['z', 0], ['x', 1], ['w', 2], ['y', 3]]);
    expect(ids(visibleChecklists(lists))).toBe('wyz');
    expect(ids(visibleChecklists(lists, true))).toBe('xwyz');
    expect(nextChecklistOrder(lists)).toBe(3);
    expect(nextChecklistOrder([])).toBe(0);
  });
});

describe('printing', () => {
  const checklist = createChecklistFromTemplate(chinaWorkZVisaTemplate, counterIds('p'), '2027-01-01');
  const items = checklist.items.map((item, index) =>
    index === 0 ? { ...item, status: 'done' as const } : index === 1 ? { ...item, status: 'not-needed' as const } : index === 2 ? { ...item, status: 'in-progress' as const } : item,
  );
  const withStatuses = { ...checklist, items };

  it('"open items only" keeps to-do and in-progress items, in order', () => {
    expect(selectItemsForPrint(items, 'all')).toHaveLength(items.length);
    const open = selectItemsForPrint(items, 'open');
    expect(open).toHaveLength(items.length - 2);
    expect(open[0]!.id).toBe(items[2]!.id);
  });

  it('builds rows with ticks, deadlines, validity and blockers, plus the template’s provenance', () => {
    const printable = buildPrintableChecklist(withStatuses, { entry: '2027-03-10' }, '2027-03-20', 'all');
    expect(printable.sources).toEqual(chinaWorkZVisaTemplate.sources);
    expect(printable.reviewedOn).toBe(chinaWorkZVisaTemplate.reviewedOn);
    // The visa-free / 240-hour notice and the weak "about 45 days" one.
    expect(printable.notices).toHaveLength(2);
    expect(printable.rows[0]!.isTicked).toBe(true);
    expect(printable.rows[1]!.isTicked).toBe(false);
    const residence = printable.rows.find((r) => r.item.templateItemKey === 'residence-permit')!;
    expect(residence.deadline).toMatchObject({ resolution: { kind: 'date', date: '2027-04-09' }, daysLeft: 20, urgency: 'ok' });
    expect(residence.blockers.length).toBe(2);
    const police = printable.rows.find((r) => r.item.templateItemKey === 'police-registration')!;
    expect(police.deadline.urgency).toBe('overdue');
    const zVisa = printable.rows.find((r) => r.item.templateItemKey === 'z-visa')!;
    expect(zVisa.deadline.resolution).toEqual({ kind: 'missing-anchor', anchor: 'visa-appointment' });
    expect(buildPrintableChecklist(withStatuses, {}, '2027-03-20', 'open').rows).toHaveLength(items.length - 2);
  });
});
