import { createDocumentVault, type DocumentVault } from './document-vault';

/** The vault of whichever plan is current: each call looks up the plan's folder, so a switch needs no rewiring. */
export function createFollowingVault(planDir: () => string): DocumentVault {
  const current = () => createDocumentVault(planDir());
  return {
    get vaultDir() {
      return current().vaultDir;
    },
    pathOf: (storedName) => current().pathOf(storedName),
    attach: (sourcePaths) => current().attach(sourcePaths),
    remove: (storedNames) => current().remove(storedNames),
    exists: (storedName) => current().exists(storedName),
  };
}
