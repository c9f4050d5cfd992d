import type { PlanDocument, StorageStatus } from '../../../shared/contract/operations';
import { fail, ok } from '../../../shared/contract/result';
import type { OperationHandlers } from '../ipc/dispatcher';
import type { PlatformServices } from './platform';

/** The part of the plan store the handlers use (electron/services/storage/plan-store.ts). */
export interface PlanStoreAccess {
  readonly status: StorageStatus;
  getDocument(): PlanDocument;
  /** `isValidated`: the document has just passed planDocumentSchema, so the store need not parse it again. */
  save(document: PlanDocument, options?: { isValidated?: boolean }): Promise<{ savedAt: string }>;
  flush(): Promise<void>;
  /** Opens the plan file again after a restore wrote it (storage/reopenable-store.ts); absent where not possible. */
  reopen?(): Promise<void>;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

export function createPlanHandlers(
  store: PlanStoreAccess,
  platform: PlatformServices,
): Pick<OperationHandlers, 'loadPlan' | 'savePlan' | 'getAppInfo' | 'openDataFolder'> {
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
      try {
        // The dispatcher has parsed the request with planDocumentSchema (shared/contract/operations.ts).
        return ok(await store.save(document, { isValidated: true }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return fail(errorCode(error) === 'recovery-mode' ? 'recovery-mode' : 'io', message);
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
