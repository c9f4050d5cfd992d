import { z } from 'zod';

/**
 * The list of plans in one data folder (`plans.json`). The first plan lives where a single plan always
 * lived (plan.json, vault/ and backups/ in the data folder itself, folder ''), so an existing data folder
 * needs no move; every further plan gets its own folder under plans/. Deleting moves a plan to the trash,
 * from which it can be restored for TRASH_DAYS; after that its folder is removed.
 */
export const TRASH_DAYS = 30;
export const MAX_PLAN_NAME_LENGTH = 80;
export const MAIN_PLAN_ID = 'main';
export const REGISTRY_VERSION = 1;

const planId = z.string().regex(/^(main|p-[0-9a-f]{16})$/);
/** '' for the main plan, `plans/<id>` for the others: never anything a hostile file could point elsewhere. */
const planFolder = z.string().regex(/^(|plans\/p-[0-9a-f]{16})$/);

export const planNameSchema = z
  .string()
  .transform((name) => name.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, 'plans.error.nameRequired').max(MAX_PLAN_NAME_LENGTH, 'plans.error.nameTooLong'));

export const planEntrySchema = z
  .object({
    id: planId,
    /** '' means "not named yet": the interface shows its own word for the first plan. */
    name: z.string().max(MAX_PLAN_NAME_LENGTH),
    folder: planFolder,
    createdAt: z.iso.datetime({ offset: true }),
    deletedAt: z.iso.datetime({ offset: true }).nullable(),
    /** For an encrypted plan: minutes without input before it locks itself (absent: the default). */
    lockAfterMinutes: z.int().min(1).max(24 * 60).optional(),
  })
  .strict();

export const registrySchema = z
  .object({
    version: z.literal(REGISTRY_VERSION),
    currentId: planId,
    plans: z.array(planEntrySchema).min(1).max(500),
  })
  .strict()
  .superRefine((registry, ctx) => {
    const ids = new Set(registry.plans.map((plan) => plan.id));
    if (ids.size !== registry.plans.length) ctx.addIssue({ code: 'custom', message: 'duplicate plan id', path: ['plans'] });
    const current = registry.plans.find((plan) => plan.id === registry.currentId);
    if (!current || current.deletedAt !== null) ctx.addIssue({ code: 'custom', message: 'current plan missing', path: ['currentId'] });
  });

export type PlanEntry = z.infer<typeof planEntrySchema>;
export type PlanRegistry = z.infer<typeof registrySchema>;

export function createRegistry(now: Date): PlanRegistry {
  return {
    version: REGISTRY_VERSION,
    currentId: MAIN_PLAN_ID,
    plans: [{ id: MAIN_PLAN_ID, name: '', folder: '', createdAt: now.toISOString(), deletedAt: null }],
  };
}

export const DEFAULT_LOCK_AFTER_MINUTES = 10;

export function setLockAfter(registry: PlanRegistry, id: string, minutes: number): PlanRegistry {
  return { ...registry, plans: registry.plans.map((plan) => (plan.id === id ? { ...plan, lockAfterMinutes: minutes } : plan)) };
}

export function folderFor(id: string): string {
  return id === MAIN_PLAN_ID ? '' : `plans/${id}`;
}

export type RegistryError = 'not-found' | 'is-current' | 'is-main' | 'in-trash' | 'not-in-trash';

export type RegistryChange = { ok: true; registry: PlanRegistry } | { ok: false; error: RegistryError };

const find = (registry: PlanRegistry, id: string) => registry.plans.find((plan) => plan.id === id);

export function addPlan(registry: PlanRegistry, entry: { id: string; name: string; now: Date }): PlanRegistry {
  const plan: PlanEntry = { id: entry.id, name: entry.name, folder: folderFor(entry.id), createdAt: entry.now.toISOString(), deletedAt: null };
  return { ...registry, plans: [...registry.plans, plan] };
}

export function renamePlan(registry: PlanRegistry, id: string, name: string): RegistryChange {
  const plan = find(registry, id);
  if (!plan) return { ok: false, error: 'not-found' };
  return { ok: true, registry: { ...registry, plans: registry.plans.map((p) => (p.id === id ? { ...p, name } : p)) } };
}

export function switchPlan(registry: PlanRegistry, id: string): RegistryChange {
  const plan = find(registry, id);
  if (!plan) return { ok: false, error: 'not-found' };
  if (plan.deletedAt !== null) return { ok: false, error: 'in-trash' };
  return { ok: true, registry: { ...registry, currentId: id } };
}

/**
 * Into the trash. The plan being worked on cannot be deleted (switch to another first), nor can the first
 * plan: it is the data folder itself, and removing that folder for good is not something to do by timer.
 */
export function trashPlan(registry: PlanRegistry, id: string, now: Date): RegistryChange {
  const plan = find(registry, id);
  if (!plan || plan.deletedAt !== null) return { ok: false, error: 'not-found' };
  if (id === registry.currentId) return { ok: false, error: 'is-current' };
  if (id === MAIN_PLAN_ID) return { ok: false, error: 'is-main' };
  return { ok: true, registry: { ...registry, plans: registry.plans.map((p) => (p.id === id ? { ...p, deletedAt: now.toISOString() } : p)) } };
}

export function restorePlan(registry: PlanRegistry, id: string): RegistryChange {
  const plan = find(registry, id);
  if (!plan) return { ok: false, error: 'not-found' };
  if (plan.deletedAt === null) return { ok: false, error: 'not-in-trash' };
  return { ok: true, registry: { ...registry, plans: registry.plans.map((p) => (p.id === id ? { ...p, deletedAt: null } : p)) } };
}

/** When a trashed plan is removed for good: TRASH_DAYS after it was deleted. */
export function purgeAfter(deletedAt: string): Date {
  return new Date(Date.parse(deletedAt) + TRASH_DAYS * 24 * 60 * 60 * 1000);
}

/** Splits off the plans whose 30 days in the trash are over; their folders are then removed. */
export function expiredPlans(registry: PlanRegistry, now: Date): { registry: PlanRegistry; expired: PlanEntry[] } {
  const isExpired = (plan: PlanEntry) => plan.id !== MAIN_PLAN_ID && plan.deletedAt !== null && purgeAfter(plan.deletedAt).getTime() <= now.getTime();
  const expired = registry.plans.filter(isExpired);
  return { registry: { ...registry, plans: registry.plans.filter((plan) => !isExpired(plan)) }, expired };
}
