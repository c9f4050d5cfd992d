import type { PlanDocument, StorageStatus } from '../../../shared/contract/operations';
import { fail, ok, type Result } from '../../../shared/contract/result';
import { isStorageError } from '../storage/storage-error';
import type { OperationHandlers } from '../ipc/dispatcher';
import type { PlatformServices } from './platform';
import type { PlanFileCodec } from '../storage/read-plan-file';

/** The part of the plan store the handlers use (electron/services/storage/plan-store.ts). */
export interface PlanStoreAccess {
  readonly status: StorageStatus;
  /** Present while an encrypted plan is open: its backups are sealed with the same key. */
  readonly codec?: PlanFileCodec;
  getDocument(): PlanDocument;
  /** `isValidated`: the document has just passed planDocumentSchema, so the store need not parse it again. */
  save(document: PlanDocument, options?: { isValidated?: boolean }): Promise<{ savedAt: string }>;
  flush(): Promise<void>;
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
      await store.flush();
      return ok({ document: store.getDocument(), storage: store.status });
    },
    savePlan: async ({ document }) => {
      if (store.status.mode === 'recovery') {
        return fail('recovery-mode', 'The plan file is damaged; nothing is written until it is dealt with.');
      }
      if (store.status.mode === 'read-only') return fail('read-only', `Not saved: ${store.status.detail}`);
      try {
        // The dispatcher has parsed the request with planDocumentSchema (shared/contract/operations.ts).
        return ok(await store.save(document, { isValidated: true }));
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
