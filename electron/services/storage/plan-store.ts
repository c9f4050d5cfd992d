import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { StorageStatus } from '../../../shared/contract/operations';
import { upgradePlanDocument } from '../../../shared/plan/migrations';
import { createEmptyPlan, planDocumentSchema, type PlanDocument } from '../../../shared/plan/plan-schema';
import { zodFieldErrors } from '../../../shared/validation/field-errors';
import { createBackupSchedule, newestPastBackup, readBackups, type BackupFile, type BackupSchedule } from './backups';
import { removeStaleTempFiles } from './durable-write';
import { keepCopy } from './keep-copy';
import { createLatestWinsWriter } from './latest-wins-writer';
import { createPlanFileAdapter, serializePlan } from './plan-file-adapter';
import { isQuarantineFileName, migrationBackupFileName, quarantineFileName, splitFileName } from './plan-file-names';
import { readPlanFile, type PlanFileCodec, type PlanFileRead, type UpgradePlan } from './read-plan-file';
import { createStorageError } from './storage-error';

export interface PlanStore {
  readonly status: StorageStatus;
  /** The document as it was last loaded or durably saved; deeply frozen, so no caller can change it. */
  getDocument(): PlanDocument;
  /**
   * Resolves only once this document, or a newer one, is durably on disk. Rejects with a StorageError.
   * The document is validated first, unless `isValidated` says the caller has just parsed it with
   * planDocumentSchema (the savePlan request schema does): one full check per save, not two (issue 16).
   */
  save(document: PlanDocument, options?: SaveOptions): Promise<{ savedAt: string }>;
  /** Waits for every queued save to finish; call before quitting. */
  flush(): Promise<void>;
  hasPendingWrites(): boolean;
}

export interface SaveOptions {
  isValidated?: boolean;
}

export interface OpenPlanStoreOptions {
  dataDir: string;
  fileName?: string;
  now?: () => Date;
  /** Injectable only so tests can exercise the migration path before a real migration exists. */
  upgrade?: UpgradePlan;
  /** Set for an encrypted plan: the file is sealed on every write and opened on read. */
  codec?: PlanFileCodec;
}

export async function openPlanStore(options: OpenPlanStoreOptions): Promise<PlanStore> {
  const { dataDir, fileName = 'plan.json', now = () => new Date(), upgrade = upgradePlanDocument, codec } = options;
  const planFile = path.join(dataDir, fileName);
  await mkdir(dataDir, { recursive: true });
  // Leftovers of writes killed before their rename; they never hold the only copy of anything acknowledged.
  await removeStaleTempFiles(dataDir, fileName);

  const found = await readPlanFile(planFile, upgrade, codec);
  if (found.kind === 'damaged') return openInRecovery({ dataDir, fileName, planFile, found, now });
  const schedule = createBackupSchedule({ dataDir, fileName, now, upgrade });
  if (found.kind === 'valid') await keepCopiesOfGoodFile({ dataDir, fileName, found, now, schedule });
  // No plan.json but good backups beside it (moved away, deleted by a sync client): say so, offer the newest.
  const missingPlanBackup = found.kind === 'missing' ? await newestBackupInfo(dataDir, fileName, now(), upgrade) : null;

  const db = new Low<PlanDocument>(createPlanFileAdapter(planFile, upgrade, codec), found.kind === 'valid' ? found.document : createEmptyPlan());
  let durableDocument = db.data;
  // Only this writer touches db.data, one write at a time, so lowdb's in-memory copy never races.
  const writer = createLatestWinsWriter<PlanDocument>(async (document) => {
    db.data = document;
    await db.write();
    durableDocument = document;
    schedule.afterSave(Buffer.from(serializePlan(document)));
  });

  return {
    status: { mode: 'normal', dataDir, planFile, ...(missingPlanBackup ? { missingPlanBackup } : {}) },
    getDocument: () => deepFreeze(durableDocument),
    async save(document, saveOptions) {
      const parsed = saveOptions?.isValidated ? ({ success: true, data: document } as const) : planDocumentSchema.safeParse(document);
      if (!parsed.success) {
        const fieldErrors = zodFieldErrors(parsed.error);
        throw createStorageError('invalid-payload', `The plan was not saved because it is not valid: ${Object.keys(fieldErrors).join(', ')}.`, {
          fieldErrors,
        });
      }
      try {
        await writer.submit(parsed.data);
      } catch (error) {
        throw createStorageError('io', `Could not save ${fileName}: ${(error as Error).message}`, { cause: error });
      }
      return { savedAt: now().toISOString() };
    },
    flush: async () => {
      await writer.flush();
      await schedule.idle();
    },
    hasPendingWrites: () => writer.hasPending(),
  };
}

async function keepCopiesOfGoodFile(options: {
  dataDir: string;
  fileName: string;
  found: Extract<PlanFileRead, { kind: 'valid' }>;
  now: () => Date;
  schedule: BackupSchedule;
}): Promise<void> {
  const { dataDir, fileName, found } = options;
  const migratedFrom = found.migratedFrom;
  if (migratedFrom !== null) {
    // The first save replaces the old-format file; keep it as it was in case the migration got something wrong.
    const { stem } = splitFileName(fileName);
    await keepCopy(
      dataDir,
      found.bytes,
      (attempt) => migrationBackupFileName(fileName, migratedFrom, attempt),
      (name) => name.startsWith(`${stem}.v${migratedFrom}.backup`),
    );
  }
  // A backup that cannot be written (full disk, read-only folder) must not keep the person from their plan;
  // the save path reports such problems loudly enough.
  options.schedule.atStart(found.bytes);
}

/** The newest backup that validates and is not dated in the future, as the renderer shows it. */
export function backupInfoOf(backup: BackupFile) {
  return { name: backup.name, takenAt: backup.takenAt.toISOString(), isFutureDated: backup.isFutureDated, summary: backup.summary };
}

async function newestBackupInfo(dataDir: string, fileName: string, now: Date, upgrade: UpgradePlan) {
  const newest = newestPastBackup(await readBackups({ dataDir, fileName, now, upgrade }).catch(() => []));
  return newest ? backupInfoOf(newest) : null;
}

async function openInRecovery(options: {
  dataDir: string;
  fileName: string;
  planFile: string;
  found: Extract<PlanFileRead, { kind: 'damaged' }>;
  now: () => Date;
}): Promise<PlanStore> {
  const { dataDir, fileName, planFile, found } = options;
  const at = options.now();
  const quarantinedFile = await keepCopy(
    dataDir,
    found.bytes,
    (attempt) => quarantineFileName(fileName, at, attempt),
    (name) => isQuarantineFileName(name, fileName),
  );
  const detail =
    `${found.detail} A copy of the file exactly as found is at ${path.basename(quarantinedFile)}. ` +
    `${fileName} itself is left as it is and nothing will be saved over it; restore a backup or move the file away, then restart.`;
  const emptyPlan = createEmptyPlan();
  const newest = newestPastBackup(await readBackups({ dataDir, fileName, now: at }).catch(() => []));
  return {
    status: {
      mode: 'recovery',
      dataDir,
      planFile,
      quarantinedFile,
      reason: found.reason,
      detail,
      newestBackup: newest?.path ?? null,
      newestBackupInfo: newest ? backupInfoOf(newest) : null,
    },
    getDocument: () => deepFreeze(emptyPlan),
    async save() {
      throw createStorageError('recovery-mode', `Not saved: ${fileName} could not be opened, and the app never writes over it. ${found.detail}`);
    },
    flush: async () => undefined,
    hasPendingWrites: () => false,
  };
}

/**
 * Freezes the document in place, once (a frozen root means it was done): cheaper than the deep copy it
 * replaces, which cost more than parsing the file on every load (issue 16). IPC copies it on the way out.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
