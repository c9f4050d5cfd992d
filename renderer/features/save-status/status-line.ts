import type { StorageStatus } from '../../../shared/contract/operations';
import type { OperationError } from '../../../shared/contract/result';
import type { SaveState } from '../../store/save-slice';

export interface SaveLineInput {
  storage: StorageStatus | null;
  saveState: SaveState;
  saveError: OperationError | null;
  saveRetryAt: number | null;
  /** The i18n key of an edit the plan's schema refused, if the last edit was refused. */
  rejectedMessageKey: string | null;
  /** Fields holding text that is not saved (invalid, over a limit). */
  invalidCount: number;
}

/** What the one status line says: a single state, the most urgent first. */
export type SaveLine =
  | { kind: 'recovery' }
  | { kind: 'read-only' }
  | { kind: 'external-change' }
  | { kind: 'failed'; reasonKey: string; retryInSeconds: number | null }
  | { kind: 'saving' }
  | { kind: 'rejected'; messageKey: string }
  | { kind: 'invalid'; count: number }
  | { kind: 'saved' };

/**
 * One state, never two that contradict each other ("2 fields not saved" beside "All changes saved"). A plan
 * just opened reads "All saved": everything on screen is what is on disk.
 */
export function saveLineOf(input: SaveLineInput, now: number): SaveLine {
  if (input.storage?.mode === 'recovery') return { kind: 'recovery' };
  if (input.storage?.mode === 'read-only') return { kind: 'read-only' };
  if (input.saveState === 'failed' && input.saveError) {
    if (input.saveError.code === 'external-change') return { kind: 'external-change' };
    const retryInSeconds = input.saveRetryAt === null ? null : Math.max(0, Math.ceil((input.saveRetryAt - now) / 1000));
    return { kind: 'failed', reasonKey: reasonKeyOf(input.saveError), retryInSeconds };
  }
  if (input.saveState === 'saving') return { kind: 'saving' };
  if (input.rejectedMessageKey) return { kind: 'rejected', messageKey: input.rejectedMessageKey };
  if (input.invalidCount > 0) return { kind: 'invalid', count: input.invalidCount };
  return { kind: 'saved' };
}

/** A write failure in the disk's own words (disk full, read-only); anything else by its error code. */
function reasonKeyOf(error: OperationError): string {
  if (error.ioReason) return `saveLine.reason.${error.ioReason}`;
  if (error.code === 'io') return 'saveLine.reason.other';
  return `error.${error.code}`;
}
