import type { PlansOverview } from '../../../shared/contract/plan-files-operations';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';

const NOTICE_KEY = 'planner.notice';

export type PlanNotice = { kind: 'imported'; backupFile: string } | { kind: 'switched'; name: string };

/** Writes what is waiting in the autosave; false when it could not, and then nothing else should happen. */
export async function flushEdits(): Promise<boolean> {
  const outcome = await window.plannerFlushPendingSaves?.();
  return outcome ? outcome.isSaved : true;
}

/**
 * After an import or a switch the whole window starts again from the plan now on disk: every slice, draft,
 * selection and undo step belonged to the plan before, so none of it may carry over. The notice survives the
 * reload in sessionStorage and is shown once.
 */
export function restartWithPlan(notice: PlanNotice): void {
  sessionStorage.setItem(NOTICE_KEY, JSON.stringify(notice));
  window.location.reload();
}

export function takeNotice(): PlanNotice | null {
  const raw = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as PlanNotice;
  } catch {
    return null;
  }
}

export async function refreshPlans(): Promise<PlansOverview | null> {
  const result = await planner().listPlans({});
  if (!result.ok) return null;
  usePlanner.getState().plansLoaded(result.value);
  return result.value;
}

export function displayName(name: string, t: (key: string) => string): string {
  return name || t('plans.defaultName');
}
