import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PlansOverview } from '../../../shared/contract/plan-files-operations';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { serializePlanDocument } from '../../../shared/plan-files/build-export';
import {
  addPlan,
  expiredPlans,
  purgeAfter,
  renamePlan,
  restorePlan,
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
  getDocument(): PlanDocument;
  save(document: PlanDocument): Promise<{ savedAt: string }>;
  flush(): Promise<void>;
  hasPendingWrites(): boolean;
  currentPlan(): PlanEntry;
  overview(): PlansOverview;
  create(name: string): Promise<PlanEntry>;
  rename(id: string, name: string): Promise<RegistryError | null>;
  duplicate(id: string, name: string): Promise<PlanEntry | RegistryError>;
  trash(id: string): Promise<RegistryError | null>;
  restore(id: string): Promise<RegistryError | null>;
  switchTo(id: string): Promise<RegistryError | null>;
}

export interface OpenPlanSessionOptions {
  dataDir: string;
  now?: () => Date;
  openStore?: (planDir: string) => Promise<PlanStore>;
}

export function isPlanSession(value: object): value is PlanSession {
  return 'switchTo' in value && 'overview' in value;
}

export async function openPlanSession(options: OpenPlanSessionOptions): Promise<PlanSession> {
  const rootDir = options.dataDir;
  const now = options.now ?? (() => new Date());
  const openStore = options.openStore ?? ((planDir: string) => openPlanStore({ dataDir: planDir, now }));
  let { registry } = await readRegistry(rootDir, now());

  // Plans whose 30 days in the trash are over go for good now.
  const { registry: kept, expired } = expiredPlans(registry, now());
  if (expired.length > 0) {
    registry = kept;
    await writeRegistry(rootDir, registry);
    for (const plan of expired) if (plan.folder) await rm(path.join(rootDir, plan.folder), { recursive: true, force: true });
  }

  const dirOf = (plan: PlanEntry) => (plan.folder ? path.join(rootDir, plan.folder) : rootDir);
  const entry = (id: string) => registry.plans.find((plan) => plan.id === id)!;
  let store = await openStore(dirOf(entry(registry.currentId)));
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
    getDocument: () => store.getDocument(),
    save: (document) => serially(() => store.save(document)),
    flush: () => serially(() => store.flush()),
    hasPendingWrites: () => store.hasPendingWrites(),
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
        const fresh = await openStore(dirOf(created));
        await commit(next);
        await store.flush();
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
        const planBytes =
          id === registry.currentId ? serializePlanDocument(store.getDocument()) : await readFile(path.join(dirOf(source), 'plan.json'));
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
        const next = await openStore(dirOf(entry(id)));
        await commit(change.registry);
        store = next;
        return null;
      }),
  };
}
