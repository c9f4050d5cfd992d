import { open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers } from '../../electron/services/handlers/create-handlers';
import { createDispatcher } from '../../electron/services/ipc/dispatcher';
import { openPlanStore } from '../../electron/services/storage';
import type { PlanDocument } from '../../shared/plan/plan-schema';

const SENDER = { isMainFrame: true, url: 'app://planner/index.html' };

function handlersFor(store: Awaited<ReturnType<typeof openPlanStore>>) {
  const none = async () => {
    throw new Error('not used by the bench');
  };
  return createDispatcher(
    createHandlers(store, { appVersion: 'bench', platform: process.platform, openPath: async () => '', chooseSavePath: async () => null, chooseFilesToOpen: async () => [], printToPdf: none }),
    { isTrusted: () => true },
  );
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The bare save: the same plan stringified, written to a temp file, fsynced, renamed over the target. */
async function bareSave(dir: string, document: PlanDocument): Promise<void> {
  const text = JSON.stringify(document);
  const temp = join(dir, 'bare.json.tmp');
  const handle = await open(temp, 'w');
  await handle.writeFile(text);
  await handle.sync();
  await handle.close();
  await rename(temp, join(dir, 'bare.json'));
}

/**
 * Save: the savePlan message as main receives it (a fresh copy of the document, like IPC delivers),
 * through the dispatcher and the store to a durable write. Rounds interleave with the bare save.
 */
export async function measureSaves(dataDir: string, bareDir: string, document: PlanDocument, rounds = 30): Promise<{ save: number[]; bare: number[] }> {
  const store = await openPlanStore({ dataDir });
  const dispatch = handlersFor(store);
  const text = JSON.stringify(document);
  const save: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < rounds + 3; round++) {
    const copy = JSON.parse(text) as PlanDocument;
    copy.profile.displayName = `Bench ${round}`;
    const b = await time(() => bareSave(bareDir, copy));
    const s = await time(async () => {
      const result = await dispatch(SENDER, 'savePlan', { document: copy });
      if (!result.ok) throw new Error(`savePlan failed: ${result.error.message}`);
    });
    // The first rounds warm up the JIT and the file cache on both sides.
    if (round >= 3) {
      save.push(s);
      bare.push(b);
    }
  }
  await store.flush();
  return { save, bare };
}

/**
 * Load: opening the plan file as main does at start (read, decode, parse, migrate, validate) and
 * answering the renderer's loadPlan, against a bare readFile + JSON.parse of the same file.
 */
export async function measureLoads(dataDir: string, rounds = 20): Promise<{ load: number[]; bare: number[] }> {
  const file = join(dataDir, 'plan.json');
  const load: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < rounds + 3; round++) {
    const b = await time(async () => JSON.parse(await readFile(file, 'utf8')));
    const l = await time(async () => {
      const store = await openPlanStore({ dataDir });
      const result = await handlersFor(store)(SENDER, 'loadPlan', {});
      if (!result.ok) throw new Error(`loadPlan failed: ${result.error.message}`);
    });
    if (round >= 3) {
      load.push(l);
      bare.push(b);
    }
  }
  return { load, bare };
}
