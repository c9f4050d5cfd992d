import type { PlanStoreAccess } from '../handlers/plan-handlers';
import { checkWholeDocument } from '../storage/check-plan';
import { PLAIN_VAULT } from '../vault/vault-sealing';
import type { PlanSession } from './plan-session';

/**
 * A session over one plain store, for callers that open a single plan (unit tests of the handlers): export
 * and import work on it; there are no other plans to create or switch to.
 */
export function singlePlanSession(store: PlanStoreAccess): PlanSession {
  const main = { id: 'main', name: '', folder: '', createdAt: new Date(0).toISOString(), deletedAt: null };
  const unavailable = async () => 'not-found' as const;
  return {
    get rootDir() {
      return store.status.dataDir;
    },
    get status() {
      return store.status;
    },
    getDocument: () => store.getDocument(),
    check: (document) => (store.check ? store.check(document) : checkWholeDocument(document)),
    save: (document, options) => store.save(document, options),
    flush: () => store.flush(),
    flushWrites: () => (store.flushWrites ? store.flushWrites() : store.flush()),
    hasPendingWrites: () => false,
    checkDisk: () => (store.checkDisk ? store.checkDisk() : Promise.resolve(false)),
    keepMine: () => (store.keepMine ? store.keepMine() : Promise.resolve(null)),
    currentPlan: () => main,
    overview: () => ({ currentId: main.id, plans: [{ id: main.id, name: main.name, createdAt: main.createdAt }], trash: [] }),
    create: () => Promise.reject(new Error('Only one plan is open here.')),
    rename: unavailable,
    duplicate: unavailable,
    trash: unavailable,
    restore: unavailable,
    switchTo: unavailable,
    reopen: () => (store.reopen ? store.reopen() : Promise.reject(new Error('This store cannot be opened again.'))),
    lockState: () => ({ isEncrypted: false, isLocked: false, lockAfterMinutes: 10, isRemembered: false, keychain: 'unavailable' }),
    unlock: async () => null,
    lock: async () => undefined,
    setPassphrase: async () => 'not-encrypted' as const,
    setLockAfter: async () => undefined,
    rememberKey: async () => 'not-encrypted' as const,
    sealForDisk: (plain) => plain,
    openFromDisk: (raw) => raw,
    vaultSealing: () => PLAIN_VAULT,
  };
}
