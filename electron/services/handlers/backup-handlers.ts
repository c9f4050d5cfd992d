import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok } from '../../../shared/contract/result';
import { backupNameSchema } from '../../../shared/contract/backups';
import { readBackups, takeSnapshot, BACKUPS_FOLDER } from '../storage/backups';
import { writeThroughLinkDurably } from '../storage/durable-write';
import { serializePlan } from '../storage/plan-file-adapter';
import { backupInfoOf } from '../storage/plan-store';
import type { OperationHandlers } from '../ipc/dispatcher';
import type { PlanStoreAccess } from './plan-handlers';

/**
 * Backups as the person sees them (Settings, recovery): the list with summaries, and a restore that first
 * keeps the current plan as a snapshot, so nothing is lost by restoring the wrong one.
 */
export function createBackupHandlers(store: PlanStoreAccess, now: () => Date = () => new Date()): Pick<OperationHandlers, 'listBackups' | 'restoreBackup'> {
  const fileName = () => path.basename(store.status.planFile);
  const list = () => readBackups({ dataDir: store.status.dataDir, fileName: fileName(), now: now(), ...(store.codec ? { codec: store.codec } : {}) });
  return {
    listBackups: async () => {
      // The start-up snapshot is taken a few seconds after opening (off loadPlan's path); a list asked for
      // before then waits for it, so the plan as it was opened is always among the backups shown.
      await store.flush();
      return ok({ backups: (await list()).map(backupInfoOf) });
    },
    restoreBackup: async ({ name }) => {
      if (!backupNameSchema.safeParse(name).success) return fail('invalid-payload', 'That is not a backup name.');
      const backup = (await list()).find((candidate) => candidate.name === name);
      if (!backup) return fail('not-found', 'That backup is no longer in the backups folder, or it is not a valid plan.');
      try {
        if (store.status.mode === 'recovery') {
          // The damaged file already has its exact copy (plan.damaged-…); the backup goes in its place.
          if (!store.reopen) return fail('recovery-mode', 'Restoring is not possible here; copy the backup by hand.');
          await writeThroughLinkDurably(store.status.planFile, backup.bytes);
          await store.reopen();
          return ok({ document: store.getDocument(), storage: store.status, isWrittenToDisk: true });
        }
        await store.flush();
        // The plan as it is on disk after the flush: sealed when the plan is encrypted, never plainer than it.
        await takeSnapshot({
          dataDir: store.status.dataDir,
          fileName: fileName(),
          bytes: await currentBytes(store),
          now: now(),
          ...(store.codec ? { codec: store.codec } : {}),
        });
      } catch (error) {
        return fail('io', `The backup was not restored: ${error instanceof Error ? error.message : String(error)}`);
      }
      return ok({ document: backup.document, storage: store.status, isWrittenToDisk: false });
    },
  };
}

/**
 * The plan as it is on disk (sealed when encrypted); with no plan.json (a missing plan being restored) the
 * document in memory, sealed the same way, so a backup is never plainer than the plan.
 */
async function currentBytes(store: PlanStoreAccess): Promise<Uint8Array> {
  const onDisk = await readFile(store.status.planFile).catch(() => null);
  if (onDisk) return onDisk;
  const plain = Buffer.from(serializePlan(store.getDocument()));
  return store.codec ? store.codec.encode(plain) : plain;
}

export { BACKUPS_FOLDER };
