import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { diffPlans } from '../../../../shared/plan-files/plan-diff';
import { entry } from '../language/fixtures';
import { richPlan } from './fixtures';

// richPlan(): 2 offers + 1 checklist + its Z-visa items + 1 goal + 3 log entries.
const itemCount = (plan = richPlan()) => 2 + 1 + plan.checklists.checklists[0]!.items.length + 1 + 3;

describe('the import preview', () => {
  it('says an identical plan changes nothing', () => {
    const diff = diffPlans(richPlan(), richPlan());
    expect(diff.isIdentical).toBe(true);
    expect(diff.removedItems).toBe(0);
    expect(diff.kinds.offers).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 2 });
  });

  it('counts added, changed and removed items per kind, matched by id', () => {
    const current = richPlan();
    const incoming = richPlan();
    incoming.offers[0]!.company = 'Other Co';
    incoming.offers.pop();
    incoming.checklists.checklists[0]!.items[2]!.status = 'done';
    incoming.language.studyLog.push(entry('2027-01-04', 15, 3));
    incoming.move.targetMoveDate = '2027-04-01';
    const diff = diffPlans(current, incoming);
    expect(diff.kinds.offers).toEqual({ added: 0, changed: 1, removed: 1, unchanged: 0 });
    // An edited item counts as one changed item, not as a changed checklist too.
    expect(diff.kinds.checklists).toEqual({ added: 0, changed: 0, removed: 0, unchanged: 1 });
    expect(diff.kinds.checklistItems.changed).toBe(1);
    expect(diff.kinds.studyLog).toEqual({ added: 1, changed: 0, removed: 0, unchanged: 3 });
    expect(diff.isSettingsChanged).toBe(true);
    expect(diff.removedItems).toBe(1);
    expect(diff.isLargeRemoval).toBe(false);
    expect(diff.isIdentical).toBe(false);
  });

  it('asks again only when more than 80% of the current items would be removed', () => {
    const current = richPlan();
    const total = itemCount(current);
    expect(diffPlans(current, createEmptyPlan())).toMatchObject({ currentItems: total, removedItems: total, isLargeRemoval: true });
    // Keep just enough items that exactly 80% go: 80% is not "over 80%".
    // With n items, keeping k removes n - k; (n - k) / n > 0.8 <=> k < 0.2 n.
    const keepAtLeast = Math.ceil(total * 0.2);
    const incoming = richPlan();
    const checklist = incoming.checklists.checklists[0]!;
    incoming.offers = [];
    incoming.language = { goals: [], studyLog: [] };
    // The checklist itself stays and counts as kept, so keep keepAtLeast - 1 of its items.
    checklist.items = checklist.items.slice(0, keepAtLeast - 1).map((item) => ({ ...item, blockedBy: [], validity: null }));
    const kept = diffPlans(current, incoming);
    expect(kept.currentItems - kept.removedItems).toBe(keepAtLeast);
    expect(kept.removedItems / kept.currentItems).toBeLessThanOrEqual(0.8);
    expect(kept.isLargeRemoval).toBe(false);
    checklist.items.pop();
    expect(diffPlans(current, incoming).isLargeRemoval).toBe(true);
  });

  it('never asks when the current plan is empty', () => {
    expect(diffPlans(createEmptyPlan(), richPlan())).toMatchObject({ currentItems: 0, isLargeRemoval: false });
    expect(diffPlans(createEmptyPlan(), richPlan()).kinds.offers.added).toBe(2);
  });
});
