import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PlanDocument } from '../../../../shared/plan/plan-schema';
import { errorCode, writeNewFileDurably } from '../durable-write';
import { MAX_PLAN_FILE_BYTES } from '../plan-size-limit';
import { classifyPlanBytes, type PlanFileCodec, type UpgradePlan } from '../read-plan-file';
import { backupTakenAt, snapshotFileName } from './backup-names';
import { summarizePlan, type PlanSummary } from './plan-summary';
import { backupsToRemove, isFutureDated, type ValidBackup } from './thin-backups';

export interface BackupFile {
  name: string;
  path: string;
  takenAt: Date;
  isFutureDated: boolean;
  summary: PlanSummary;
  bytes: Buffer;
  document: PlanDocument;
}

export const BACKUPS_FOLDER = 'backups';

/**
 * Every file in backups/ that is a backup by content: named like one, within the size limit, and parsing
 * and validating as a plan. Anything else (a 16-byte leftover, a half-copied file, notes) is skipped and
 * never offered. Newest first; future-dated ones (by the clock given) are marked.
 */
/** `codec`: the open plan's, so the backups of an encrypted plan (sealed like it) are read too. */
export async function readBackups(options: { dataDir: string; fileName: string; now: Date; upgrade?: UpgradePlan; codec?: PlanFileCodec }): Promise<BackupFile[]> {
  const dir = path.join(options.dataDir, BACKUPS_FOLDER);
  const names = await readdir(dir).catch((): string[] => []);
  const found: BackupFile[] = [];
  for (const name of names) {
    const takenAt = backupTakenAt(name, options.fileName);
    if (!takenAt) continue;
    const filePath = path.join(dir, name);
    const info = await stat(filePath).catch(() => null);
    if (!info?.isFile() || info.size > MAX_PLAN_FILE_BYTES) continue;
    const bytes = await readFile(filePath).catch(() => null);
    if (!bytes) continue;
    const plain = options.codec ? options.codec.decode(bytes) : bytes;
    if (!plain) continue;
    const read = classifyPlanBytes(plain, name, options.upgrade);
    if (read.kind !== 'valid') continue;
    found.push({
      name,
      path: filePath,
      takenAt,
      isFutureDated: isFutureDated({ name, takenAt }, options.now),
      summary: summarizePlan(read.document),
      bytes,
      document: read.document,
    });
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** The newest backup not dated in the future: what recovery offers and what a new snapshot is compared with. */
export function newestPastBackup(backups: readonly BackupFile[]): BackupFile | null {
  return backups.find((backup) => !backup.isFutureDated) ?? null;
}

/**
 * Writes a snapshot of `bytes` unless the newest backup already holds exactly them, then thins the folder.
 * Returns the new file's path, or null when nothing new was needed.
 */
export async function takeSnapshot(options: { dataDir: string; fileName: string; bytes: Uint8Array; now: Date; upgrade?: UpgradePlan; codec?: PlanFileCodec }): Promise<string | null> {
  const dir = path.join(options.dataDir, BACKUPS_FOLDER);
  await mkdir(dir, { recursive: true });
  const backups = await readBackups(options);
  const newest = newestPastBackup(backups);
  const forThinning: ValidBackup[] = backups.map(({ name, takenAt }) => ({ name, takenAt }));
  let created: string | null = null;
  // Sealed files differ on every write (a fresh nonce), so an encrypted plan is compared by its content.
  const content = (bytes: Uint8Array) => (options.codec ? options.codec.decode(bytes) : bytes) ?? bytes;
  if (!newest || Buffer.compare(content(newest.bytes), content(options.bytes)) !== 0) {
    for (let attempt = 1; created === null; attempt++) {
      const candidate = path.join(dir, snapshotFileName(options.fileName, options.now, attempt));
      try {
        await writeNewFileDurably(candidate, options.bytes);
        created = candidate;
        forThinning.push({ name: path.basename(candidate), takenAt: options.now });
      } catch (error) {
        if (errorCode(error) !== 'EEXIST' || attempt >= 100) throw error;
      }
    }
  }
  const stale = backupsToRemove(forThinning, options.now);
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  return created;
}
