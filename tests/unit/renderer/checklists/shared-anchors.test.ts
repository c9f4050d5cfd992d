import { describe, expect, it } from 'vitest';
import { createItemViewMemo } from '../../../../shared/checklists/item-views';
import { effectiveAnchors } from '../../../../shared/checklists/plan-anchors';
import type { PlanAnchors } from '../../../../shared/checklists/schema';
import { sharedPlanAnchors } from '../../../../renderer/features/checklists/shared-anchors';
import { generateLargePlan } from '../../../fixtures/large-plan';

const plan = generateLargePlan(0.1);
const stored: PlanAnchors = plan.checklists.anchors;
const move = { targetStartDate: plan.move.targetStartDate, targetMoveDate: plan.move.targetMoveDate };

describe('sharedPlanAnchors: one anchors object for every component while the plan\'s dates are the same', () => {
  it('is the effective anchors', () => {
    expect(sharedPlanAnchors(stored, move)).toEqual(effectiveAnchors(stored, move));
  });

  it('gives every caller the same object for the same stored anchors and move dates', () => {
    expect(sharedPlanAnchors(stored, { ...move })).toBe(sharedPlanAnchors(stored, { ...move }));
  });

  it('gives a new object once the anchors or a move date change', () => {
    const first = sharedPlanAnchors(stored, move);
    const moved = sharedPlanAnchors(stored, { ...move, targetMoveDate: '2031-01-15' });
    expect(moved).not.toBe(first);
    expect(moved.move).toBe('2031-01-15');
    const edited = sharedPlanAnchors({ ...stored }, { ...move, targetMoveDate: '2031-01-15' });
    expect(edited).not.toBe(moved);
    expect(sharedPlanAnchors(stored, move)).toEqual(first);
  });

  // Why it matters: a row and the list ask the item-view memo with their own dates; with one anchors object
  // between them each finds the other's view still valid, so a row whose item is unchanged keeps its view.
  it('lets a row and its list share the item views', () => {
    const memo = createItemViewMemo();
    const checklist = plan.checklists.checklists[0]!;
    const today = '2026-12-01';
    const rowDates = { anchors: sharedPlanAnchors(stored, move), anchorsChangedOn: plan.checklists.anchorsChangedOn, today };
    const listDates = { anchors: sharedPlanAnchors(stored, { ...move }), anchorsChangedOn: plan.checklists.anchorsChangedOn, today };
    const item = checklist.items[2]!;
    const rowView = memo.viewOf(item, checklist, rowDates);
    expect(memo.viewsOf(checklist, listDates)[2]).toBe(rowView);
    expect(memo.viewOf(item, checklist, rowDates)).toBe(rowView);
  });
});
