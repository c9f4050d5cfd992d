import type { OperationHandlers } from '../ipc/dispatcher';
import { isPlanSession, type PlanSession } from '../plans/plan-session';
import { singlePlanSession } from '../plans/single-plan-session';
import { createFollowingVault } from '../vault/following-vault';
import { createFileHandlers } from './file-handlers';
import { createEncryptionHandlers } from './encryption-handlers';
import { createPlanFilesHandlers } from './plan-files-handlers';
import { createPlanHandlers, type PlanStoreAccess } from './plan-handlers';
import type { PlatformServices } from './platform';

/** Every operation's handler, for Electron's main and for the end-to-end harness alike. */
export function createHandlers(store: PlanStoreAccess | PlanSession, platform: PlatformServices): OperationHandlers {
  const session = isPlanSession(store) ? store : singlePlanSession(store);
  return {
    ...createPlanHandlers(store, platform),
    // The vault follows the current plan; exports are refused anywhere in the data folder, every plan's included.
    ...createFileHandlers(createFollowingVault(() => store.status.dataDir), platform, session.rootDir),
    ...createPlanFilesHandlers(session, platform),
    ...createEncryptionHandlers(session),
  };
}

export type { PlanStoreAccess };
