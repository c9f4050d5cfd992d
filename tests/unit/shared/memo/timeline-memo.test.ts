import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../../shared/plan/plan-schema';
import { planTimeline, type TimelineMemo } from '../../../../shared/timeline/plan-timeline';
import { generateLargePlan } from '../../../fixtures/large-plan';

const plan = generateLargePlan(0.25);

describe('timeline memo', () => {
  it('keeps the checklists entries across an edit elsewhere and gives the same timeline as without it', () => {
    const memo: TimelineMemo = {};
    const first = planTimeline(plan, memo);
    expect(first).toEqual(planTimeline(plan));
    const kept = memo.checklists?.entries;
    expect(kept?.length).toBeGreaterThan(0);
    // An offer's deadline moved: the offers' part changes, the checklists' part is the same array.
    const edited: PlanDocument = { ...plan, offers: plan.offers.map((offer, i) => (i === 0 ? { ...offer, decisionDeadline: '2027-01-31' } : offer)) };
    const after = planTimeline(edited, memo);
    expect(memo.checklists?.entries).toBe(kept);
    expect(after).toEqual(planTimeline(edited));
    expect(after.some((entry) => entry.date === '2027-01-31')).toBe(true);
  });

  it('recomputes when a checklist or the move changes', () => {
    const memo: TimelineMemo = {};
    planTimeline(plan, memo);
    const kept = memo.checklists?.entries;
    const list = plan.checklists.checklists[0]!;
    const open = list.items.findIndex((item) => item.status !== 'done' && item.due.kind === 'relative');
    const ticked: PlanDocument = {
      ...plan,
      checklists: { ...plan.checklists, checklists: [{ ...list, items: list.items.map((item, i) => (i === open ? { ...item, status: 'done' as const } : item)) }, ...plan.checklists.checklists.slice(1)] },
    };
    const after = planTimeline(ticked, memo);
    expect(memo.checklists?.entries).not.toBe(kept);
    expect(after).toEqual(planTimeline(ticked));
    expect(after.length).toBe(planTimeline(plan).length - 1);
    const moved: PlanDocument = { ...ticked, move: { ...ticked.move, targetMoveDate: '2027-04-01' } };
    expect(planTimeline(moved, memo)).toEqual(planTimeline(moved));
  });
});
