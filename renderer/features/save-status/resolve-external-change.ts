import { markPlanLoaded } from '../../app/ready-signal';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';

export type ResolveOutcome = { ok: true; keptCopy: string | null } | { ok: false; reason: string };

/**
 * The person's answer to "another program changed plan.json". 'disk': main opens the file again and its plan
 * is applied as one edit (Undo brings this version back; a damaged file opens recovery as at start-up).
 * 'mine': main keeps the other file as a copy, then this version is written.
 */
export async function resolveExternalChange(keep: 'disk' | 'mine'): Promise<ResolveOutcome> {
  const result = await planner()
    .resolveExternalChange({ keep })
    .catch((error: unknown) => ({ ok: false as const, error: { code: 'internal' as const, message: String(error) } }));
  if (!result.ok) return { ok: false, reason: result.error.message };
  const state = usePlanner.getState();
  const answer = result.value;
  if (answer.keep === 'mine') {
    state.saveAgain();
    return { ok: true, keptCopy: answer.keptCopy };
  }
  if (answer.storage.mode !== 'normal') {
    state.planLoaded(answer.document, answer.storage);
    usePlanner.temporal.getState().clear();
    markPlanLoaded(answer.storage.mode === 'recovery' ? 'recovery' : 'true');
    return { ok: true, keptCopy: null };
  }
  // The store now knows the file on disk; writing its plan back (as the edit's save) overwrites nothing new.
  usePlanner.setState({ saveError: null, saveRetryAt: null, saveState: 'saved' });
  return state.editDocument(() => answer.document) ? { ok: true, keptCopy: null } : { ok: false, reason: 'invalid' };
}

/** Asks main whether plan.json changed behind the app's back; if so, the status line and banner say it. */
export async function checkPlanFileOnDisk(): Promise<boolean> {
  const state = usePlanner.getState();
  if (!state.document || state.storage?.mode !== 'normal' || state.saveError?.code === 'external-change') return false;
  const result = await planner()
    .checkPlanFile({})
    .catch(() => null);
  if (!result?.ok || !result.value.isChangedOnDisk) return false;
  usePlanner.getState().saveFailed({ code: 'external-change', message: 'plan.json was changed by another program since this app last read or wrote it.' });
  return true;
}

/** Checks when the window comes back to the front: the moment a person returns from another program. */
export function watchPlanFileOnFocus(): () => void {
  const check = () => {
    if (document.visibilityState === 'visible') void checkPlanFileOnDisk();
  };
  window.addEventListener('focus', check);
  document.addEventListener('visibilitychange', check);
  return () => {
    window.removeEventListener('focus', check);
    document.removeEventListener('visibilitychange', check);
  };
}
