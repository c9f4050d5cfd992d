import type { OperationHandlers } from '../ipc/dispatcher';
import { createDocumentVault } from '../vault/document-vault';
import { createVaultKeeper } from '../vault/vault-keeper';
import { createBackupHandlers } from './backup-handlers';
import { createFileHandlers } from './file-handlers';
import { createPlanHandlers, type PlanStoreAccess } from './plan-handlers';
import type { PlatformServices } from './platform';

/** Every operation's handler, for Electron's main and for the end-to-end harness alike. */
export function createHandlers(store: PlanStoreAccess, platform: PlatformServices): OperationHandlers {
  const keeper = createVaultKeeper(store.status.dataDir);
  // Vault files follow the plan on disk: back from the trash before a save, into it only after one.
  const keptStore: PlanStoreAccess = {
    get status() {
      return store.status;
    },
    getDocument: () => store.getDocument(),
    save: (document) => keeper.saveWith(document, () => store.save(document), () => store.getDocument()),
    flush: () => store.flush(),
    ...(store.reopen ? { reopen: () => store.reopen!() } : {}),
  };
  return {
    ...createPlanHandlers(keptStore, platform),
    ...createBackupHandlers(keptStore),
    ...createFileHandlers(createDocumentVault(store.status.dataDir), platform, store.status.dataDir, (names) =>
      keeper.sweepNames(names, () => store.getDocument()),
    ),
  };
}

export type { PlanStoreAccess };
