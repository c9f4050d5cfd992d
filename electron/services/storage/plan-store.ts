import type { Stats } from 'node:fs';
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import type { StorageStatus } from '../../../shared/contract/operations';
import { ioReasonOf } from '../../../shared/contract/result';
import { upgradePlanDocument } from '../../../shared/plan/migrations';
import { createEmptyPlan, planDocumentSchema, type PlanDocument } from '../../../shared/plan/plan-schema';
import { createBackupSchedule, newestPastBackup, readBackups, type BackupFile, type BackupSchedule } from './backups';
import { checkAgainstAccepted, type PlanCheck } from './check-plan';
import { errorCode, removeStaleTempFiles, tempFileName, writeThroughLinkDurably } from './durable-write';
import { keepCopy } from './keep-copy';
import { createLatestWinsWriter } from './latest-wins-writer';
import { createPlanFileAdapter, serializePlan } from './plan-file-adapter';
import {
  externalCopyFileName,
  isExternalCopyFileName,
  isQuarantineFileName,
  migrationBackupFileName,
  quarantineFileName,
  splitFileName,
} from './plan-file-names';
import { MAX_PLAN_FILE_BYTES } from './plan-size-limit';
import { readPlanFile, type PlanFileCodec, type PlanFileRead, type UpgradePlan } from './read-plan-file';
import { createStorageError, isStorageError } from './storage-error';
import { readValidatedHash, sha256Hex, VALIDATOR, writeValidatedHash } from './validated-hash';

export interface PlanStore {
  readonly status: StorageStatus;
  /** The encrypted plan's codec (its backups are sealed the same way); absent for a plain plan. */
  readonly codec?: PlanFileCodec;
  /** The document as it was last loaded or durably saved; deeply frozen, so no caller can change it. */
  getDocument(): PlanDocument;
  /**
   * Validates a received document with the verdict and output of planDocumentSchema, parsing only what
   * differs from the last document this store accepted (check-plan.ts); a passed one becomes that document.
   */
  check(document: unknown): PlanCheck;
  /**
   * Resolves only once this document, or a newer one, is durably on disk. Rejects with a StorageError.
   * The document is checked first, unless `isValidated` says the caller has just had it from `check`
   * (the savePlan handler does, before the vault is touched): one check per save, not two.
   */
  save(document: PlanDocument, options?: SaveOptions): Promise<{ savedAt: string }>;
  /** Waits for every queued save and for backup work; call before quitting. */
  flush(): Promise<void>;
  /** Waits for every queued save only (answering loadPlan must not wait for the start-up backup). */
  flushWrites(): Promise<void>;
  hasPendingWrites(): boolean;
  /** True when plan.json on disk is not what this store last read or wrote: another program changed it. */
  checkDisk(): Promise<boolean>;
  /**
   * The person keeps this version over a file another program wrote: that file is kept as
   * plan.external-….json and the next save may replace it. The copy's path, or null if nothing had changed.
   */
  keepMine(): Promise<string | null>;
}

/**
 * What the store does to the disk beyond reading, injectable so tests can play a full or read-only disk
 * (these tests run as root, which file modes do not stop).
 */
export interface StoreDisk {
  writePlan(filePath: string, bytes: Uint8Array): Promise<void>;
  keepCopy: typeof keepCopy;
  removeStaleTempFiles(dir: string, baseName: string): Promise<unknown>;
  /** Rejects when nothing can be created in the folder. */
  probeWritable(dir: string, baseName: string): Promise<void>;
}

export const REAL_DISK: StoreDisk = {
  writePlan: writeThroughLinkDurably,
  keepCopy,
  removeStaleTempFiles,
  probeWritable: async (dir, baseName) => {
    // A temp-file name, so a probe cut short by a crash is cleaned up like any other leftover. Nothing
    // needs to survive a power cut here, so no fsync: creating the file is the whole question.
    const probe = path.join(dir, tempFileName(baseName));
    await (await open(probe, 'wx', 0o600)).close();
    await rm(probe, { force: true });
  },
};

/** Errors that mean the folder cannot be written at all (rather than "not now", like a full disk). */
const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM']);

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
  /** Files larger than this are refused before they are read (plan-size-limit.ts). */
  maxBytes?: number;
  disk?: Partial<StoreDisk>;
  /** Names the schema in the validated-bytes note (validated-hash.ts); tests play another app version. */
  validator?: string;
}

export async function openPlanStore(options: OpenPlanStoreOptions): Promise<PlanStore> {
  const { dataDir, fileName = 'plan.json', now = () => new Date(), upgrade = upgradePlanDocument, codec, maxBytes = MAX_PLAN_FILE_BYTES, validator = VALIDATOR } = options;
  const disk: StoreDisk = { ...REAL_DISK, ...options.disk };
  const planFile = path.join(dataDir, fileName);
  await mkdir(dataDir, { recursive: true });
  // Leftovers of writes killed before their rename; they never hold the only copy of anything acknowledged.
  // In a read-only folder they cannot be removed, and they do no harm where they are.
  const [, knownValidHash] = await Promise.all([
    disk.removeStaleTempFiles(dataDir, fileName).catch(() => undefined),
    // An upgrade other than the real one (tests of the migration path) always gets the whole check.
    upgrade === upgradePlanDocument ? readValidatedHash(dataDir, fileName, validator) : null,
  ]);

  // Reading and the probe for a writable folder overlap: neither waits for the other's disk work.
  const [found, writeProblem] = await Promise.all([
    readPlanFile(planFile, upgrade, codec, maxBytes, knownValidHash).catch(
      (error: unknown): PlanFileRead => ({
        kind: 'damaged',
        reason: 'unreadable',
        bytes: null,
        detail: `${fileName} could not be read: ${(error as Error).message}.`,
      }),
    ),
    disk.probeWritable(dataDir, fileName).then(
      () => null,
      (error: unknown) => error,
    ),
  ]);
  if (found.kind === 'damaged') return openInRecovery({ dataDir, fileName, planFile, found, now, disk, codec });
  const document = found.kind === 'valid' ? found.document : planDocumentSchema.parse(createEmptyPlan());
  if (writeProblem !== null && READ_ONLY_CODES.has(errorCode(writeProblem) ?? '')) {
    return openReadOnly({ dataDir, fileName, planFile, document, problem: writeProblem });
  }
  // Bytes that have just passed the whole schema: the next open of the same bytes can skip it.
  if (found.kind === 'valid' && found.checkedBy === 'schema' && found.migratedFrom === null) {
    await writeValidatedHash(dataDir, fileName, found.sha256, validator).catch(() => undefined);
  }
  const schedule = createBackupSchedule({ dataDir, fileName, now, upgrade, codec });
  if (found.kind === 'valid') await keepCopiesOfGoodFile({ dataDir, fileName, found, now, schedule, disk });
  // No plan.json but good backups beside it (moved away, deleted by a sync client): say so, offer the newest.
  const missingPlanBackup = found.kind === 'missing' ? await newestBackupInfo(dataDir, fileName, now(), upgrade, codec) : null;

  // What this store last read or wrote; a file on disk that differs was written by someone else.
  let known: Fingerprint = found.kind === 'valid' ? { ...statPart(found.info), hash: found.sha256 } : 'missing';
  // The last document that passed the schema; the next one received is checked against it (check-plan.ts).
  let accepted = document;
  let attemptedBytes: Uint8Array | null = null;
  let attemptedHash = '';
  const db = new Low<PlanDocument>(
    createPlanFileAdapter(planFile, {
      upgrade,
      codec,
      write: disk.writePlan,
      beforeWrite: async (bytes) => {
        attemptedBytes = bytes;
        attemptedHash = sha256Hex(bytes);
        // Every document reaching the writer has passed the schema, so these bytes can be vouched for. Noted
        // before the write: a note that fails (full disk) costs the next start a full check, nothing else,
        // and a note for bytes that never reached the disk matches nothing.
        await writeValidatedHash(dataDir, fileName, attemptedHash, validator).catch(() => undefined);
      },
    }),
    document,
  );
  let durableDocument = db.data;
  // Only this writer touches db.data, one write at a time, so lowdb's in-memory copy never races.
  const writer = createLatestWinsWriter<PlanDocument>(async (next) => {
    const onDisk = await compareWithDisk(planFile, known);
    if (onDisk.isChanged) {
      throw createStorageError(
        'external-change',
        `Not saved: ${fileName} was changed by another program since this app last read or wrote it. Load the file on disk or keep this version.`,
      );
    }
    known = onDisk.current;
    db.data = next;
    attemptedBytes = null;
    try {
      await db.write();
    } catch (error) {
      // A write can fail after its rename (the folder's fsync): then the file on disk is ours, not a stranger's.
      const after = await compareWithDisk(planFile, known).catch(() => null);
      if (attemptedBytes && after?.isChanged && after.current !== 'missing' && after.current.hash === attemptedHash) known = after.current;
      throw error;
    }
    durableDocument = next;
    if (attemptedBytes) known = await fingerprintOf(planFile, attemptedHash).catch((): Fingerprint => 'missing');
    // The bytes as written (sealed when the plan is encrypted): a backup is never plainer than the plan.
    schedule.afterSave(attemptedBytes ?? Buffer.from(serializePlan(next)));
  });

  function check(received: unknown): PlanCheck {
    const result = checkAgainstAccepted(accepted, received);
    // Frozen, so its parts can be shared with the next document and their JSON text kept (plan-json.ts).
    if (result.ok) accepted = deepFreeze(result.document);
    return result;
  }

  return {
    ...(codec ? { codec } : {}),
    status: { mode: 'normal', dataDir, planFile, ...(missingPlanBackup ? { missingPlanBackup } : {}) },
    getDocument: () => deepFreeze(durableDocument),
    check,
    async save(document, saveOptions) {
      let checked: PlanDocument = document;
      if (!saveOptions?.isValidated) {
        const result = check(document);
        if (!result.ok) {
          throw createStorageError('invalid-payload', `The plan was not saved because it is not valid: ${Object.keys(result.fieldErrors).join(', ')}.`, {
            fieldErrors: result.fieldErrors,
          });
        }
        checked = result.document;
      }
      try {
        await writer.submit(checked);
      } catch (error) {
        if (isStorageError(error)) throw error;
        throw createStorageError('io', `Could not save ${fileName}: ${(error as Error).message}`, {
          cause: error,
          ioReason: ioReasonOf(errorCode(error)),
        });
      }
      return { savedAt: now().toISOString() };
    },
    flush: async () => {
      await writer.flush();
      await schedule.idle();
    },
    flushWrites: () => writer.flush(),
    hasPendingWrites: () => writer.hasPending(),
    checkDisk: async () => {
      await writer.flush();
      const onDisk = await compareWithDisk(planFile, known);
      // A touch (same bytes, new time) is not a change; remember the new times so the next check is quick.
      if (!onDisk.isChanged) known = onDisk.current;
      return onDisk.isChanged;
    },
    keepMine: async () => {
      await writer.flush();
      const onDisk = await compareWithDisk(planFile, known);
      if (!onDisk.isChanged || !onDisk.bytes) return null;
      const copy = await disk.keepCopy(
        dataDir,
        onDisk.bytes,
        (attempt) => externalCopyFileName(fileName, now(), attempt),
        (name) => isExternalCopyFileName(name, fileName),
      );
      known = onDisk.current;
      return copy;
    },
  };
}

type Fingerprint = 'missing' | { size: number; mtimeMs: number; ctimeMs: number; ino: number; hash: string };

function statPart(info: Stats) {
  return { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
}

async function fingerprintOf(file: string, hash: string): Promise<Fingerprint> {
  return { ...statPart(await stat(file)), hash };
}

/**
 * Is the file on disk still the one this store last read or wrote? The times, size and inode answer most
 * checks without reading; when they moved, the content decides (a sync client may rewrite the same bytes).
 * A file that is gone is not a change: saving puts it back and overwrites nothing.
 */
async function compareWithDisk(
  file: string,
  known: Fingerprint,
): Promise<{ isChanged: boolean; current: Fingerprint; bytes?: Buffer }> {
  let info: Stats;
  try {
    info = await stat(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { isChanged: false, current: 'missing' };
    throw error;
  }
  if (known !== 'missing' && sameStat(statPart(info), known)) return { isChanged: false, current: known };
  const bytes = await readFile(file);
  const current = { ...statPart(info), hash: sha256Hex(bytes) };
  return { isChanged: known === 'missing' || current.hash !== known.hash, current, bytes };
}

function sameStat(a: ReturnType<typeof statPart>, b: ReturnType<typeof statPart>): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/** A good plan in a folder that cannot be written: shown as it is, and every save refused with the reason. */
function openReadOnly(options: { dataDir: string; fileName: string; planFile: string; document: PlanDocument; problem: unknown }): PlanStore {
  const { dataDir, fileName, planFile, document, problem } = options;
  const detail =
    `The data folder cannot be written (${(problem as Error).message}), so ${fileName} is open read-only: ` +
    'you can look at the plan and export it, but changes are not saved. Make the folder writable (or start the ' +
    'app with --data-dir=PATH on a writable disk), then restart.';
  return {
    status: { mode: 'read-only', dataDir, planFile, detail },
    getDocument: () => deepFreeze(document),
    check: (received) => checkAgainstAccepted(document, received),
    async save() {
      throw createStorageError('read-only', `Not saved: ${detail}`, { ioReason: ioReasonOf(errorCode(problem)) });
    },
    flush: async () => undefined,
    flushWrites: async () => undefined,
    hasPendingWrites: () => false,
    checkDisk: async () => false,
    keepMine: async () => null,
  };
}

async function keepCopiesOfGoodFile(options: {
  dataDir: string;
  fileName: string;
  found: Extract<PlanFileRead, { kind: 'valid' }>;
  now: () => Date;
  schedule: BackupSchedule;
  disk: StoreDisk;
}): Promise<void> {
  const { dataDir, fileName, found, disk } = options;
  const migratedFrom = found.migratedFrom;
  if (migratedFrom !== null) {
    // The first save replaces the old-format file; keep it as it was in case the migration got something wrong.
    const { stem } = splitFileName(fileName);
    await disk.keepCopy(
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

async function newestBackupInfo(dataDir: string, fileName: string, now: Date, upgrade: UpgradePlan, codec: PlanFileCodec | undefined) {
  const newest = newestPastBackup(await readBackups({ dataDir, fileName, now, upgrade, codec }).catch(() => []));
  return newest ? backupInfoOf(newest) : null;
}

async function openInRecovery(options: {
  dataDir: string;
  fileName: string;
  planFile: string;
  found: Extract<PlanFileRead, { kind: 'damaged' }>;
  now: () => Date;
  disk: StoreDisk;
  codec: PlanFileCodec | undefined;
}): Promise<PlanStore> {
  const { dataDir, fileName, planFile, found, disk, codec } = options;
  const at = options.now();
  const bytes = found.bytes;
  // A full or read-only disk takes no copy; recovery must still open, and the file itself stays untouched.
  let quarantinedFile: string | null = null;
  let copyProblem: string | null = null;
  if (bytes) {
    try {
      quarantinedFile = await disk.keepCopy(
        dataDir,
        bytes,
        (attempt) => quarantineFileName(fileName, at, attempt),
        (name) => isQuarantineFileName(name, fileName),
      );
    } catch (error) {
      copyProblem = (error as Error).message;
    }
  }
  const kept = quarantinedFile
    ? `A copy of the file exactly as found is at ${path.basename(quarantinedFile)}. `
    : copyProblem
      ? `No copy of it could be made (${copyProblem}). `
      : '';
  const detail =
    `${found.detail} ${kept}` +
    `${fileName} itself is left as it is and nothing will be saved over it; restore a backup or move the file away, then restart.`;
  const emptyPlan = createEmptyPlan();
  const newest = newestPastBackup(await readBackups({ dataDir, fileName, now: at, codec }).catch(() => []));
  return {
    ...(codec ? { codec } : {}),
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
    check: (received) => checkAgainstAccepted(emptyPlan, received),
    async save() {
      throw createStorageError('recovery-mode', `Not saved: ${fileName} could not be opened, and the app never writes over it. ${found.detail}`);
    },
    flush: async () => undefined,
    flushWrites: async () => undefined,
    hasPendingWrites: () => false,
    checkDisk: async () => false,
    keepMine: async () => null,
  };
}

/**
 * Freezes the document in place, once (a frozen root means it was done): cheaper than the deep copy it
 * replaces, which cost more than parsing the file on every load (issue 16). IPC copies it on the way out.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // Index and key loops rather than Object.values, which builds an array per object.
  if (Array.isArray(value)) for (let index = 0; index < value.length; index++) deepFreeze(value[index]);
  else for (const key in value) deepFreeze(value[key]);
  return Object.freeze(value);
}
