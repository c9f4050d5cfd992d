import { createThemeHandlers } from '../appearance/theme-handlers';
import type { OperationHandlers } from '../ipc/dispatcher';
import { createNotificationHandlers, type Notifier } from '../notifications/notifier';
import { isPlanSession, type PlanSession } from '../plans/plan-session';
import { singlePlanSession } from '../plans/single-plan-session';
import { createFollowingVault } from '../vault/following-vault';
import { createVaultKeeper, type VaultKeeper } from '../vault/vault-keeper';
import { createViewerCopies, type ViewerCopies } from '../vault/viewer-copies';
import { createBackupHandlers } from './backup-handlers';
import { createFileHandlers } from './file-handlers';
import { createEncryptionHandlers } from './encryption-handlers';
import { createPlanFilesHandlers } from './plan-files-handlers';
import { createPlanHandlers, type PlanStoreAccess } from './plan-handlers';
import type { PlatformServices } from './platform';
import { interfaceLanguageSource } from './interface-language';
import { createShellHandlers } from './shell-handlers';

/** Every operation's handler, for Electron's main and for the end-to-end harness alike. */
export interface HandlerOptions {
  /** Where decrypted copies of sealed attachments go for the system viewer; the system's temp folder by default. */
  viewerCopies?: ViewerCopies;
}

export function createHandlers(
  store: PlanStoreAccess | PlanSession,
  platform: PlatformServices,
  notifier: Notifier | null = null,
  options: HandlerOptions = {},
): OperationHandlers {
  const session = isPlanSession(store) ? store : singlePlanSession(store);
  const viewerCopies = options.viewerCopies ?? createViewerCopies();
  // One keeper per plan folder (each keeps its own queue), looked up on every call so a plan switch needs no rewiring.
  const keepers = new Map<string, VaultKeeper>();
  const keeper = (): VaultKeeper => {
    const dir = store.status.dataDir;
    let found = keepers.get(dir);
    if (!found) keepers.set(dir, (found = createVaultKeeper(dir)));
    return found;
  };
  // Vault files follow the plan on disk: back from the trash before a save, into it only after one.
  const keptStore: PlanStoreAccess = {
    get status() {
      return store.status;
    },
    getDocument: () => store.getDocument(),
    check: (document) => session.check(document),
    save: (document, options) => keeper().saveWith(document, () => store.save(document, options), () => store.getDocument()),
    flush: () => store.flush(),
    flushWrites: () => session.flushWrites(),
    reopen: () => session.reopen(),
    checkDisk: () => session.checkDisk(),
    keepMine: () => session.keepMine(),
  };
  const language = interfaceLanguageSource(() => session.getDocument().profile.interfaceLanguage);
  return {
    ...createNotificationHandlers(notifier),
    ...createPlanHandlers(keptStore, platform),
    ...createBackupHandlers(keptStore),
    // The vault follows the current plan; exports are refused anywhere in the data folder, every plan's included.
    ...createFileHandlers(
      createFollowingVault(() => store.status.dataDir, { sealing: () => session.vaultSealing(), viewerCopies }),
      platform,
      session.rootDir,
      (names) => keeper().sweepNames(names, () => store.getDocument()),
    ),
    ...createPlanFilesHandlers(session, platform, language),
    // Locking also removes the decrypted copies handed to the system viewer.
    ...createEncryptionHandlers(session, () => viewerCopies.removeAll()),
    ...createShellHandlers(platform, language),
    ...createThemeHandlers(platform),
  };
}

export type { PlanStoreAccess };
