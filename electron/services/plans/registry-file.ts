import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createRegistry, MAIN_PLAN_ID, registrySchema, type PlanRegistry } from '../../../shared/plans/registry';
import { errorCode, writeFileDurably } from '../storage/durable-write';
import { keepCopy } from '../storage/keep-copy';

export const REGISTRY_FILE = 'plans.json';

/**
 * Reads plans.json. Missing means a data folder from before there were several plans: one plan, the main
 * one, and nothing is written until the person adds a plan. A damaged file is kept as found (plans.damaged-…)
 * and the list is rebuilt from the plan folders, so no plan is ever lost to a bad list.
 */
export async function readRegistry(rootDir: string, now: Date): Promise<{ registry: PlanRegistry; isStored: boolean }> {
  const file = path.join(rootDir, REGISTRY_FILE);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { registry: createRegistry(now), isStored: false };
    throw error;
  }
  try {
    const parsed = registrySchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    if (parsed.success) return { registry: parsed.data, isStored: true };
  } catch {
    // falls through to the rebuild
  }
  // A full or read-only disk takes no copy; the list is rebuilt all the same and plans.json is left as it is.
  await keepCopy(rootDir, bytes, (attempt) => `plans.damaged${attempt > 1 ? `-${attempt}` : ''}.json`, (name) => name.startsWith('plans.damaged')).catch(
    () => null,
  );
  return { registry: await rebuildRegistry(rootDir, now), isStored: false };
}

async function rebuildRegistry(rootDir: string, now: Date): Promise<PlanRegistry> {
  const registry = createRegistry(now);
  const names = await readdir(path.join(rootDir, 'plans')).catch((): string[] => []);
  for (const id of names.filter((name) => /^p-[0-9a-f]{16}$/.test(name)).sort()) {
    const hasPlan = await stat(path.join(rootDir, 'plans', id, 'plan.json')).then(
      (info) => info.isFile(),
      () => false,
    );
    if (!hasPlan) continue;
    registry.plans.push({ id, name: `Plan ${id.slice(2, 8)}`, folder: `plans/${id}`, createdAt: now.toISOString(), deletedAt: null });
  }
  registry.currentId = MAIN_PLAN_ID;
  return registry;
}

export async function writeRegistry(rootDir: string, registry: PlanRegistry): Promise<void> {
  await writeFileDurably(path.join(rootDir, REGISTRY_FILE), `${JSON.stringify(registrySchema.parse(registry), null, 2)}\n`);
}
