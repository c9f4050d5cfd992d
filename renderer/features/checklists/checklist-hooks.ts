import { useShallow } from 'zustand/react/shallow';
import type { AnchorsChangedOn, PlanAnchors } from '../../../shared/checklists/schema';
import { todayIso, type IsoDate } from '../../../shared/dates/iso-date';
import { usePlanner } from '../../store';
import { sharedPlanAnchors } from './shared-anchors';

/** Anchors as deadlines see them: stored ones plus start and move from the plan's move section (one object for all callers). */
export function usePlanAnchors(): PlanAnchors {
  const { stored, targetStartDate, targetMoveDate } = usePlanner(
    useShallow((s) => ({
      stored: s.document!.checklists.anchors,
      targetStartDate: s.document!.move.targetStartDate,
      targetMoveDate: s.document!.move.targetMoveDate,
    })),
  );
  return sharedPlanAnchors(stored, { targetStartDate, targetMoveDate });
}

/** Today's date; read on each render so a view left open past midnight counts from the new day. */
export function useToday(): IsoDate {
  return todayIso();
}

/** The days the anchor dates were last set, for telling "as soon as possible" from overdue (late-from-start.ts). */
export function useAnchorsChangedOn(): AnchorsChangedOn | undefined {
  return usePlanner((s) => s.document!.checklists.anchorsChangedOn);
}
