import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeFileDurably } from './durable-write';
import { dailyBackupFileName, isDailyBackupFileName } from './plan-file-names';

export const DAILY_BACKUPS_KEPT = 14;

/**
 * Keeps one copy of the plan per day it was opened, newest 14, in `<dataDir>/backups/`. These are what a
 * person falls back to after a damaged file, so only bytes that validated are ever copied here.
 * Returns the new backup's path, or null when today's copy already existed.
 */
export async function takeDailyBackup(options: {
  dataDir: string;
  fileName: string;
  bytes: Uint8Array;
  today: Date;
  keep?: number;
}): Promise<string | null> {
  const backupsDir = path.join(options.dataDir, 'backups');
  await mkdir(backupsDir, { recursive: true });
  const target = dailyBackupFileName(options.fileName, options.today);
  const existing = (await readdir(backupsDir)).filter((name) => isDailyBackupFileName(name, options.fileName));
  let created: string | null = null;
  if (!existing.includes(target)) {
    created = path.join(backupsDir, target);
    await writeFileDurably(created, options.bytes);
    existing.push(target);
  }
  // yyyy-MM-dd names sort by date.
  const expired = existing.sort().reverse().slice(options.keep ?? DAILY_BACKUPS_KEPT);
  await Promise.all(expired.map((name) => rm(path.join(backupsDir, name), { force: true })));
  return created;
}

/** Daily backups, newest first: what a recovery screen can offer. */
export async function listDailyBackups(dataDir: string, fileName: string): Promise<string[]> {
  const backupsDir = path.join(dataDir, 'backups');
  const names = await readdir(backupsDir).catch((): string[] => []);
  return names
    .filter((name) => isDailyBackupFileName(name, fileName))
    .sort()
    .reverse()
    .map((name) => path.join(backupsDir, name));
}
