import type { OperationHandlers } from '../ipc/dispatcher';
import { createNotificationHandlers, type Notifier } from '../notifications/notifier';
import { createDocumentVault } from '../vault/document-vault';
import { createFileHandlers } from './file-handlers';
import { createPlanHandlers, type PlanStoreAccess } from './plan-handlers';
import type { PlatformServices } from './platform';

/** Every operation's handler, for Electron's main and for the end-to-end harness alike. */
export function createHandlers(store: PlanStoreAccess, platform: PlatformServices, notifier: Notifier | null = null): OperationHandlers {
  return {
    ...createNotificationHandlers(notifier),
    ...createPlanHandlers(store, platform),
    ...createFileHandlers(createDocumentVault(store.status.dataDir), platform, store.status.dataDir),
  };
}

export type { PlanStoreAccess };
