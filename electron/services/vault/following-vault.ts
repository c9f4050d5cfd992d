import { createDocumentVault, type DocumentVault, type DocumentVaultOptions } from './document-vault';

/** The vault of whichever plan is current: each call looks up the plan's folder, so a switch needs no rewiring. */
export function createFollowingVault(planDir: () => string, options: DocumentVaultOptions = {}): DocumentVault {
  const current = () => createDocumentVault(planDir(), undefined, options);
  return {
    get vaultDir() {
      return current().vaultDir;
    },
    pathOf: (storedName) => current().pathOf(storedName),
    attach: (sourcePaths) => current().attach(sourcePaths),
    remove: (storedNames) => current().remove(storedNames),
    exists: (storedName) => current().exists(storedName),
    pathForViewer: (storedName) => current().pathForViewer(storedName),
    isLocked: () => current().isLocked(),
  };
}
