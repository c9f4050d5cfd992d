import type { PlanDocument, StorageStatus } from '../../../shared/contract/operations';
import { fail, ok, type Result } from '../../../shared/contract/result';
import { isStorageError } from '../storage/storage-error';
import type { OperationHandlers } from '../ipc/dispatcher';
import type { PlatformServices } from './platform';
import type { PlanFileCodec } from '../storage/read-plan-file';
import { checkWholeDocument as checkWhole, type PlanCheck } from '../storage/check-plan';

/** The part of the plan store the handlers use (electron/services/storage/plan-store.ts). */
export interface PlanStoreAccess {
  readonly status: StorageStatus;
  /** Present while an encrypted plan is open: its backups are sealed with the same key. */
  readonly codec?: PlanFileCodec;
  getDocument(): PlanDocument;
  /**
   * Validates a received document, with planDocumentSchema's verdict and output, against the last one the
   * store accepted (storage/check-plan.ts). Absent: the handler runs the whole schema.
   */
  check?(document: unknown): PlanCheck;
  /** `isValidated`: the document has just passed `check`, so the store need not check it again. */
  save(document: PlanDocument, options?: { isValidated?: boolean }): Promise<{ savedAt: string }>;
  flush(): Promise<void>;
  /** Waits for queued saves only, not for backup work; absent: `flush`. */
  flushWrites?(): Promise<void>;
  /** Opens the plan file again after a restore wrote it (storage/reopenable-store.ts); absent where not possible. */
  reopen?(): Promise<void>;
  /** plan.json changed by another program since it was last read or written (PlanStore.checkDisk). */
  checkDisk?(): Promise<boolean>;
  /** Keeps the other program's file as a copy, so the next save may replace it (PlanStore.keepMine). */
  keepMine?(): Promise<string | null>;
}

/** Storage errors keep their own code (external-change, read-only…); anything else is an io failure. */
function failedSave(error: unknown): Result<never> {
  const message = error instanceof Error ? error.message : String(error);
  const code = isStorageError(error) && error.code !== 'invalid-payload' ? error.code : 'io';
  const ioReason = isStorageError(error) ? error.ioReason : undefined;
  return { ok: false, error: { code, message, ...(ioReason ? { ioReason } : {}) } };
}

export function createPlanHandlers(
  store: PlanStoreAccess,
  platform: PlatformServices,
): Pick<OperationHandlers, 'loadPlan' | 'savePlan' | 'getAppInfo' | 'openDataFolder' | 'checkPlanFile' | 'resolveExternalChange'> {
  return {
    // A reload can ask while a write is still queued: answer with what is on disk after it, never before.
    loadPlan: async () => {
      // Only the writes: the start-up backup (read, check and copy every backup) is not the renderer's wait.
      await (store.flushWrites ? store.flushWrites() : store.flush());
      return ok({ document: store.getDocument(), storage: store.status });
    },
    savePlan: async ({ document }) => {
      if (store.status.mode === 'recovery') {
        return fail('recovery-mode', 'The plan file is damaged; nothing is written until it is dealt with.');
      }
      if (store.status.mode === 'read-only') return fail('read-only', `Not saved: ${store.status.detail}`);
      // Checked here, before the vault is made ready for it (create-handlers.ts), and only once: the
      // request schema leaves the document to this check (shared/contract/operations.ts).
      const checked = store.check ? store.check(document) : checkWhole(document);
      if (!checked.ok) {
        const fieldErrors = Object.fromEntries(Object.entries(checked.fieldErrors).map(([path, message]) => [`document.${path}`, message]));
        return fail('invalid-payload', 'The savePlan request was not valid.', fieldErrors);
      }
      try {
        return ok(await store.save(checked.document, { isValidated: true }));
      } catch (error) {
        return failedSave(error);
      }
    },
    checkPlanFile: async () => ok({ isChangedOnDisk: store.checkDisk ? await store.checkDisk() : false }),
    resolveExternalChange: async ({ keep }) => {
      try {
        if (keep === 'mine') return ok({ keep, keptCopy: store.keepMine ? await store.keepMine() : null });
        if (!store.reopen) return fail('internal', 'The plan file cannot be opened again here.');
        await store.reopen();
        return ok({ keep, document: store.getDocument(), storage: store.status });
      } catch (error) {
        return fail('io', `The plan file on disk could not be used: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    getAppInfo: async () =>
      ok({ version: platform.appVersion, platform: platform.platform, dataDir: store.status.dataDir }),
    openDataFolder: async () => {
      const problem = await platform.openPath(store.status.dataDir);
      return problem ? fail('io', problem) : ok({ opened: true });
    },
  };
}
