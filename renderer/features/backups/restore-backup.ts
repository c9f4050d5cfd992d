import { markPlanLoaded } from '../../app/ready-signal';
import { planner } from '../../api/planner';
import { usePlanner } from '../../store';

export type RestoreOutcome = { ok: true } | { ok: false; reason: string };

/**
 * Restores a backup. In normal mode main has kept the current plan as a snapshot and hands back the
 * backup's plan, which is applied as one edit: undo takes it back, autosave writes it. In recovery mode
 * main has already written it in place of the damaged file; the app reloads it and saves again.
 */
export async function restoreBackup(name: string): Promise<RestoreOutcome> {
  const result = await planner()
    .restoreBackup({ name })
    .catch((error: unknown) => ({ ok: false as const, error: { code: 'internal' as const, message: String(error) } }));
  if (!result.ok) return { ok: false, reason: result.error.message };
  const { document, storage, isWrittenToDisk } = result.value;
  const state = usePlanner.getState();
  if (isWrittenToDisk) {
    state.planLoaded(document, storage);
    usePlanner.temporal.getState().clear();
    markPlanLoaded('true');
    return { ok: true };
  }
  return state.editDocument(() => document) ? { ok: true } : { ok: false, reason: 'invalid' };
}
