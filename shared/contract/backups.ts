import { z } from 'zod';

/** One backup as the renderer sees it: when it was taken and what it holds. */
export interface BackupInfo {
  /** The file's name inside backups/ (never a path); what restoreBackup asks for. */
  name: string;
  /** ISO timestamp of when it was taken. */
  takenAt: string;
  /** Named for a time later than now (a clock once set ahead): shown, never used to thin the others. */
  isFutureDated: boolean;
  summary: { offers: number; checklists: number; goals: number; studyDays: number };
}

/** A backup's name: a plain file name, nothing path-like. */
export const backupNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => /^[\w.-]+$/.test(name) && !name.startsWith('.'), { message: 'backup.invalidName' });
