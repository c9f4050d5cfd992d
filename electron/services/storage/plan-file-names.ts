import path from 'node:path';

/**
 * Every file the store creates is named after the plan file (`plan.json` -> `plan.damaged-…json`), so they
 * sort next to it and a person browsing the data folder can see what belongs together. Times are local:
 * these names are read by people, not machines.
 */
export function splitFileName(fileName: string): { stem: string; ext: string } {
  const ext = path.extname(fileName);
  return { stem: ext ? fileName.slice(0, -ext.length) : fileName, ext };
}

/** `plan.damaged-20270301-101502.json`, then `…-2.json`, `…-3.json` for the same second. */
export function quarantineFileName(fileName: string, at: Date, attempt: number): string {
  const { stem, ext } = splitFileName(fileName);
  return `${stem}.damaged-${compactTimestamp(at)}${attempt > 1 ? `-${attempt}` : ''}${ext}`;
}

export function isQuarantineFileName(name: string, fileName: string): boolean {
  const { stem, ext } = splitFileName(fileName);
  return name.startsWith(`${stem}.damaged-`) && name.endsWith(ext);
}

/** `plan.v1.backup.json`: the file exactly as it was before a migration rewrote it. */
export function migrationBackupFileName(fileName: string, fromVersion: number, attempt: number): string {
  const { stem, ext } = splitFileName(fileName);
  return `${stem}.v${fromVersion}.backup${attempt > 1 ? `-${attempt}` : ''}${ext}`;
}

/** `plan-2027-03-01.json` inside backups/. */
export function dailyBackupFileName(fileName: string, day: Date): string {
  const { stem, ext } = splitFileName(fileName);
  return `${stem}-${isoDay(day)}${ext}`;
}

export function isDailyBackupFileName(name: string, fileName: string): boolean {
  const { stem, ext } = splitFileName(fileName);
  if (!name.startsWith(`${stem}-`) || !name.endsWith(ext)) return false;
  return /^\d{4}-\d{2}-\d{2}$/.test(name.slice(stem.length + 1, name.length - ext.length));
}

function isoDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function compactTimestamp(at: Date): string {
  return `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `plan.external-20270301-101502.json`: the file another program wrote, kept when the person chose their own version. */
export function externalCopyFileName(fileName: string, at: Date, attempt: number): string {
  const { stem, ext } = splitFileName(fileName);
  return `${stem}.external-${compactTimestamp(at)}${attempt > 1 ? `-${attempt}` : ''}${ext}`;
}

export function isExternalCopyFileName(name: string, fileName: string): boolean {
  const { stem, ext } = splitFileName(fileName);
  return name.startsWith(`${stem}.external-`) && name.endsWith(ext);
}
