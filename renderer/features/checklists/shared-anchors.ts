import { effectiveAnchors, type MoveDates } from '../../../shared/checklists/plan-anchors';
import type { PlanAnchors } from '../../../shared/checklists/schema';

let last: { stored: PlanAnchors; move: MoveDates; anchors: PlanAnchors } | null = null;

/**
 * The anchors deadlines count from, as one object for every component while the stored anchors (the same
 * object: the store never changes a document in place) and the move dates are the same. The item-view memo
 * (item-views.ts) keeps a view while its anchors are the same object; when each row, the list and the
 * sidebar built their own copy, every caller found the others' views stale, so a tick or a finished save
 * recomputed and re-rendered all 40 rows (issue 16).
 */
export function sharedPlanAnchors(stored: PlanAnchors, move: MoveDates): PlanAnchors {
  if (last && last.stored === stored && last.move.targetStartDate === move.targetStartDate && last.move.targetMoveDate === move.targetMoveDate) return last.anchors;
  const anchors = effectiveAnchors(stored, move);
  last = { stored, move: { targetStartDate: move.targetStartDate, targetMoveDate: move.targetMoveDate }, anchors };
  return anchors;
}
