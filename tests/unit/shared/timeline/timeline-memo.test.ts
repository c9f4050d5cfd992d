import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../../shared/plan/plan-schema';
import { planTimeline, type TimelineEntry, type TimelineMemo } from '../../../../shared/timeline/plan-timeline';
import { generateLargePlan } from '../../../fixtures/large-plan';

type Checklists = PlanDocument['checklists']['checklists'];
const base = generateLargePlan(0.1);

const withLists = (plan: PlanDocument, edit: (lists: Checklists) => Checklists): PlanDocument => ({ ...plan, checklists: { ...plan.checklists, checklists: edit(plan.checklists.checklists) } });
/** Ticks (or unticks) the first open item of list `at`, as the store does: new objects along the path only. */
const tick = (plan: PlanDocument, at: number): PlanDocument =>
  withLists(plan, (lists) =>
    lists.map((list, index) => {
      if (index !== at) return list;
      const open = list.items.findIndex((item) => item.status === 'todo');
      return { ...list, items: list.items.map((item, position) => (position === open ? { ...item, status: 'done' as const } : item)) };
    }),
  );

const entriesOf = (entries: TimelineEntry[], checklistId: string) => entries.filter((entry) => entry.target.checklistId === checklistId);

/** Each edit as a step from the plan before it; the memo is carried through all of them. */
const STEPS: Record<string, (plan: PlanDocument) => PlanDocument> = {
  'an item ticked': (p) => tick(p, 1),
  'another list ticked': (p) => tick(p, 2),
  'an anchor moved': (p) => ({ ...p, checklists: { ...p.checklists, anchors: { ...p.checklists.anchors, entry: '2027-04-02' } } }),
  'the day an anchor was set': (p) => ({ ...p, checklists: { ...p.checklists, anchorsChangedOn: { entry: '2027-02-01' } } }),
  'the start date moved': (p) => ({ ...p, move: { ...p.move, targetStartDate: '2027-05-03' } }),
  'a list archived': (p) => withLists(p, (lists) => lists.map((list, index) => (index === 0 ? { ...list, archived: true } : list))),
  'an offer renamed': (p) => ({ ...p, offers: p.offers.map((offer, index) => (index === 0 ? { ...offer, company: 'Renamed' } : offer)) }),
};

describe('the timeline memo keeps each checklist\'s entries', () => {
  it('gives what a timeline without a memo gives, edit after edit', () => {
    const memo: TimelineMemo = {};
    let plan = base;
    expect(planTimeline(plan, memo)).toEqual(planTimeline(plan));
    for (const [name, step] of Object.entries(STEPS)) {
      plan = step(plan);
      expect(planTimeline(plan, memo), name).toEqual(planTimeline(plan));
    }
  });

  it('after a tick, makes new entries for the ticked list only', () => {
    const memo: TimelineMemo = {};
    const before = planTimeline(base, memo);
    const after = planTimeline(tick(base, 1), memo);
    const [first, ticked, third] = base.checklists.checklists.map((list) => list.id) as [string, string, string];
    for (const id of [first, third]) entriesOf(after, id).forEach((entry, index) => expect(entry).toBe(entriesOf(before, id)[index]));
    expect(entriesOf(after, ticked).length).toBe(entriesOf(before, ticked).length - 1);
    expect(entriesOf(after, ticked).some((entry) => entriesOf(before, ticked).includes(entry))).toBe(false);
  });

  it('makes every list\'s entries again when the dates they count from change', () => {
    const memo: TimelineMemo = {};
    const before = planTimeline(base, memo);
    const moved = STEPS['an anchor moved']!(base);
    const after = planTimeline(moved, memo);
    const listEntries = (entries: TimelineEntry[]) => entries.filter((entry) => entry.section === 'checklists');
    expect(listEntries(after).some((entry) => listEntries(before).includes(entry))).toBe(false);
  });
});
