import { randomBytes } from 'node:crypto';
import { open as openFile, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { LockState, PlansOverview, RememberProblem } from '../../../shared/contract/plan-files-operations';
import type { RememberedKeys } from '../keychain/remembered-keys';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { createEmptyPlan } from '../../../shared/plan/plan-schema';
import { isEncryptedFile } from '../../../shared/plan-files/envelope';
import { createPlanKey, open, seal, unlockKey, type KdfCost, type PlanKey, type UnlockProblem } from '../encryption/plan-cipher';
import { PLAIN_VAULT, type VaultSealing } from '../vault/vault-sealing';
import { createPlanCodec } from '../encryption/plan-codec';
import { planFilesIn, reencryptFiles } from '../encryption/reencrypt-folder';
import { checkAgainstAccepted, type PlanCheck } from '../storage/check-plan';
import type { PlanFileCodec } from '../storage/read-plan-file';
import { validatorFor } from '../storage/validated-hash';
import { createStorageError } from '../storage/storage-error';
import {
  addPlan,
  expiredPlans,
  purgeAfter,
  renamePlan,
  restorePlan,
  DEFAULT_LOCK_AFTER_MINUTES,
  setLockAfter,
  switchPlan,
  trashPlan,
  type PlanEntry,
  type PlanRegistry,
  type RegistryError,
} from '../../../shared/plans/registry';
import { openPlanStore, type PlanStore } from '../storage/plan-store';
import { copyPlanFolder } from './copy-plan-folder';
import { readRegistry, writeRegistry } from './registry-file';

/**
 * The plans in one data folder and the one being worked on. It is what the handlers see as "the store":
 * every read and save goes to the current plan's own store (its own plan.json, vault and backups), and a
 * switch first waits for that store's queued writes, so no edit lands in the wrong plan or is lost.
 */
export interface PlanSession {
  readonly rootDir: string;
  readonly status: PlanStore['status'];
  readonly codec?: PlanStore['codec'];
  getDocument(): PlanDocument;
  /** Validates a received document against the current plan's last accepted one (PlanStore.check). */
  check(document: unknown): PlanCheck;
  /** `isValidated`: the caller has just had it from `check` (see PlanStore.save). */
  save(document: PlanDocument, options?: { isValidated?: boolean }): Promise<{ savedAt: string }>;
  flush(): Promise<void>;
  /** Waits for the current plan's queued saves, not for its backup work (PlanStore.flushWrites). */
  flushWrites(): Promise<void>;
  hasPendingWrites(): boolean;
  /** The current plan's file changed by another program? (PlanStore.checkDisk) */
  checkDisk(): Promise<boolean>;
  /** Keep this version over the other program's file, which is kept as a copy (PlanStore.keepMine). */
  keepMine(): Promise<string | null>;
  currentPlan(): PlanEntry;
  overview(): PlansOverview;
  create(name: string): Promise<PlanEntry>;
  rename(id: string, name: string): Promise<RegistryError | null>;
  duplicate(id: string, name: string): Promise<PlanEntry | RegistryError>;
  trash(id: string): Promise<RegistryError | null>;
  restore(id: string): Promise<RegistryError | null>;
  switchTo(id: string): Promise<RegistryError | null>;
  /** Opens the current plan's file again (after a restore wrote a backup over a damaged file). */
  reopen(): Promise<void>;
  lockState(): LockState;
  unlock(passphrase: string): Promise<UnlockProblem | null>;
  lock(): Promise<void>;
  /** Turns encryption on (current null), changes the passphrase, or turns it off (next null). */
  setPassphrase(current: string | null, next: string | null): Promise<UnlockProblem | 'not-encrypted' | 'already-encrypted' | null>;
  setLockAfter(minutes: number): Promise<void>;
  /** Keeps the current plan's key in this computer's keychain (or forgets it), so it opens at start without asking. */
  rememberKey(isOn: boolean): Promise<RememberProblem | null>;
  /** Bytes as they must be on disk for the current plan: sealed when it is encrypted. */
  sealForDisk(plain: Uint8Array): Uint8Array;
  /** The plain bytes of a file of the current plan as read from disk; null when it does not open (damaged, another key, locked). */
  openFromDisk(raw: Uint8Array): Uint8Array | null;
  /** How the current plan's vault files are kept: plain, sealed with its key, or locked. */
  vaultSealing(): VaultSealing;
}

export type { LockState };

export interface OpenPlanSessionOptions {
  dataDir: string;
  now?: () => Date;
  openStore?: (planDir: string, codec?: PlanFileCodec) => Promise<PlanStore>;
  /** scrypt cost for new keys; tests lower it, the app keeps the default. */
  kdfCost?: KdfCost;
  /** "Remember on this computer" (the OS keychain); without one the option is refused as unavailable. */
  keychain?: RememberedKeys;
  /** The app's version, named in each plan's note of validated bytes (storage/validated-hash.ts). */
  appVersion?: string;
}

async function startsEncrypted(file: string): Promise<boolean> {
  const handle = await openFile(file, 'r').catch(() => null);
  if (!handle) return false;
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await handle.read(head, 0, 8, 0);
    return isEncryptedFile(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** What stands in for the store while an encrypted plan is locked: nothing is read, nothing is written. */
function lockedStore(planDir: string): PlanStore {
  const planFile = path.join(planDir, 'plan.json');
  return {
    status: { mode: 'normal', dataDir: planDir, planFile },
    getDocument: () => createEmptyPlan(),
    save: async () => {
      throw createStorageError('recovery-mode', 'The plan is locked; unlock it first. Nothing was saved.');
    },
    check: (received) => checkAgainstAccepted(createEmptyPlan(), received),
    flush: async () => undefined,
    flushWrites: async () => undefined,
    hasPendingWrites: () => false,
    checkDisk: async () => false,
    keepMine: async () => null,
  };
}

export function isPlanSession(value: object): value is PlanSession {
  return 'switchTo' in value && 'overview' in value;
}

export async function openPlanSession(options: OpenPlanSessionOptions): Promise<PlanSession> {
  const rootDir = options.dataDir;
  const now = options.now ?? (() => new Date());
  const validator = options.appVersion ? validatorFor(options.appVersion) : undefined;
  const openStore =
    options.openStore ?? ((planDir: string, codec?: PlanFileCodec) => openPlanStore({ dataDir: planDir, now, codec, ...(validator ? { validator } : {}) }));
  let { registry } = await readRegistry(rootDir, now());

  // Plans whose 30 days in the trash are over go for good now.
  const { registry: kept, expired } = expiredPlans(registry, now());
  // On a read-only disk the list cannot be rewritten: they stay in the trash until the next start that can.
  const isListWritten = expired.length > 0 && (await writeRegistry(rootDir, kept).then(() => true, () => false));
  if (isListWritten) {
    registry = kept;
    for (const plan of expired) {
      if (!plan.folder) continue;
      await rm(path.join(rootDir, plan.folder), { recursive: true, force: true });
      await options.keychain?.forget(path.join(rootDir, plan.folder)).catch(() => undefined);
    }
  }

  const dirOf = (plan: PlanEntry) => (plan.folder ? path.join(rootDir, plan.folder) : rootDir);
  const entry = (id: string) => registry.plans.find((plan) => plan.id === id)!;
  let planKey: PlanKey | null = null;
  let isLocked = false;
  let isRemembered = false;
  const keychain = options.keychain ?? null;
  /**
   * Opens a plan's folder: locked when its file is encrypted and no key is held for it, open at once when this
   * computer's keychain keeps the key its header names.
   */
  const openPlan = async (dir: string): Promise<PlanStore> => {
    planKey = null;
    isRemembered = false;
    const planFile = path.join(dir, 'plan.json');
    isLocked = await startsEncrypted(planFile);
    if (!isLocked) return openStore(dir);
    const recalled = keychain ? await keychain.recall(dir, await readFile(planFile)).catch(() => null) : null;
    if (!recalled) return lockedStore(dir);
    planKey = recalled;
    isLocked = false;
    isRemembered = true;
    return openStore(dir, createPlanCodec(recalled));
  };
  let store = await openPlan(dirOf(entry(registry.currentId)));
  // One change at a time: a save never interleaves with a switch, and two switches never race.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const commit = async (next: PlanRegistry) => {
    await writeRegistry(rootDir, next);
    registry = next;
  };
  const apply = async (change: { ok: true; registry: PlanRegistry } | { ok: false; error: RegistryError }) => {
    if (!change.ok) return change.error;
    await commit(change.registry);
    return null;
  };
  const newId = () => `p-${randomBytes(8).toString('hex')}`;

  return {
    rootDir,
    get status() {
      return store.status;
    },
    get codec() {
      return store.codec;
    },
    getDocument: () => store.getDocument(),
    save: (document, options) => serially(() => store.save(document, options)),
    check: (received) => store.check(received),
    flush: () => serially(() => store.flush()),
    flushWrites: () => serially(() => store.flushWrites()),
    hasPendingWrites: () => store.hasPendingWrites(),
    checkDisk: () => serially(() => store.checkDisk()),
    keepMine: () => serially(() => store.keepMine()),
    currentPlan: () => entry(registry.currentId),
    overview: () => ({
      currentId: registry.currentId,
      plans: registry.plans.filter((plan) => plan.deletedAt === null).map(({ id, name, createdAt }) => ({ id, name, createdAt })),
      trash: registry.plans
        .filter((plan): plan is PlanEntry & { deletedAt: string } => plan.deletedAt !== null)
        .map(({ id, name, createdAt, deletedAt }) => ({ id, name, createdAt, deletedAt, purgeOn: purgeAfter(deletedAt).toISOString().slice(0, 10) })),
    }),
    create: (name) =>
      serially(async () => {
        const id = newId();
        const next = addPlan(registry, { id, name, now: now() });
        const created = next.plans.find((plan) => plan.id === id)!;
        // The folder and its empty plan exist before the list names it.
        await store.flush();
        const fresh = await openPlan(dirOf(created));
        await commit(next);
        store = fresh;
        await commit({ ...registry, currentId: id });
        return created;
      }),
    rename: (id, name) => serially(() => apply(renamePlan(registry, id, name))),
    duplicate: (id, name) =>
      serially(async () => {
        const source = registry.plans.find((plan) => plan.id === id);
        if (!source || source.deletedAt !== null) return 'not-found' as const;
        await store.flush();
        // The bytes on disk, so a copy of an encrypted plan stays encrypted (with the same passphrase).
        const planBytes = await readFile(path.join(dirOf(source), 'plan.json')).catch(() =>
          new TextEncoder().encode(`${JSON.stringify(createEmptyPlan(), null, 2)}\n`),
        );
        const copyId = newId();
        const next = addPlan(registry, { id: copyId, name, now: now() });
        const copy = next.plans.find((plan) => plan.id === copyId)!;
        await copyPlanFolder({ planBytes, fromDir: dirOf(source), toDir: dirOf(copy) });
        await commit(next);
        return copy;
      }),
    trash: (id) => serially(() => apply(trashPlan(registry, id, now()))),
    restore: (id) => serially(() => apply(restorePlan(registry, id))),
    switchTo: (id) =>
      serially(async () => {
        const change = switchPlan(registry, id);
        if (!change.ok) return change.error;
        if (id === registry.currentId) return null;
        // Everything queued for the plan being left is written before the other one opens.
        await store.flush();
        const next = await openPlan(dirOf(entry(id)));
        await commit(change.registry);
        store = next;
        return null;
      }),
    reopen: () =>
      serially(async () => {
        await store.flush();
        store = await openPlan(dirOf(entry(registry.currentId)));
      }),
    lockState: () => ({
      isEncrypted: isLocked || planKey !== null,
      isLocked,
      lockAfterMinutes: entry(registry.currentId).lockAfterMinutes ?? DEFAULT_LOCK_AFTER_MINUTES,
      isRemembered,
      keychain: keychain ? keychain.availability() : 'unavailable',
    }),
    unlock: (passphrase) =>
      serially(async () => {
        if (!isLocked) return null;
        const dir = dirOf(entry(registry.currentId));
        // Only reads: a wrong passphrase never touches a file.
        const unlocked = await unlockKey(passphrase, await readFile(path.join(dir, 'plan.json')));
        if (!unlocked.ok) return unlocked.problem;
        store = await openStore(dir, createPlanCodec(unlocked.value));
        planKey = unlocked.value;
        isLocked = false;
        return null;
      }),
    lock: () =>
      serially(async () => {
        if (!planKey) return;
        await store.flush();
        planKey = null;
        isLocked = true;
        store = lockedStore(dirOf(entry(registry.currentId)));
      }),
    setPassphrase: (current, next) =>
      serially(async () => {
        if (isLocked) return 'wrong-passphrase' as const;
        const dir = dirOf(entry(registry.currentId));
        await store.flush();
        let fromKey: PlanKey | null = null;
        if (current === null) {
          if (planKey) return 'already-encrypted' as const;
        } else {
          if (!planKey) return 'not-encrypted' as const;
          const checked = await unlockKey(current, await readFile(path.join(dir, 'plan.json')));
          if (!checked.ok) return checked.problem;
          fromKey = checked.value;
        }
        const toKey = next === null ? null : await createPlanKey(next, options.kdfCost);
        await reencryptFiles(await planFilesIn(dir), fromKey && createPlanCodec(fromKey), toKey && createPlanCodec(toKey));
        store = await openStore(dir, toKey ? createPlanCodec(toKey) : undefined);
        planKey = toKey;
        // A key kept for the old passphrase is no longer the plan's: forgotten, so the next start asks.
        await keychain?.forget(dir).catch(() => undefined);
        isRemembered = false;
        return null;
      }),
    rememberKey: (isOn) =>
      serially(async () => {
        const dir = dirOf(entry(registry.currentId));
        if (!isOn) {
          await keychain?.forget(dir);
          isRemembered = false;
          return null;
        }
        if (!planKey) return 'not-encrypted' as const;
        if (!keychain) return 'keychain-unavailable' as const;
        const availability = await keychain.remember(dir, planKey);
        if (availability === 'basic-text') return 'keychain-basic-text' as const;
        if (availability === 'unavailable') return 'keychain-unavailable' as const;
        isRemembered = true;
        return null;
      }),
    setLockAfter: (minutes) => serially(() => commit(setLockAfter(registry, registry.currentId, minutes))),
    sealForDisk: (plain) => (planKey ? createPlanCodec(planKey).encode(plain) : plain),
    openFromDisk: (raw) => {
      if (!isEncryptedFile(raw)) return raw;
      if (!planKey) return null;
      const opened = open(planKey, raw);
      return opened.ok ? opened.value : null;
    },
    vaultSealing: () => {
      if (isLocked) return { mode: 'locked' };
      const key = planKey;
      if (!key) return PLAIN_VAULT;
      return { mode: 'sealed', seal: (plain) => seal(key, plain), open: (raw) => open(key, raw) };
    },
  };
}
