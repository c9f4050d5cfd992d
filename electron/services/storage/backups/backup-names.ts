import { splitFileName } from '../plan-file-names';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `plan-2027-03-01-101502.json` (local time: read by people browsing the folder), `-2` for the same second. */
export function snapshotFileName(fileName: string, at: Date, attempt = 1): string {
  const { stem, ext } = splitFileName(fileName);
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${stem}-${day}-${time}${attempt > 1 ? `-${attempt}` : ''}${ext}`;
}

/**
 * When a backup was taken, from its name: snapshots carry the second, the older daily copies
 * (`plan-2027-03-01.json`) only the day (read as noon). Null for any other file in the folder.
 */
export function backupTakenAt(name: string, fileName: string): Date | null {
  const { stem, ext } = splitFileName(fileName);
  if (!name.startsWith(`${stem}-`) || !name.endsWith(ext)) return null;
  const middle = name.slice(stem.length + 1, name.length - ext.length);
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:-(\d{2})(\d{2})(\d{2})(?:-\d+)?)?$/.exec(middle);
  if (!match) return null;
  const [year, month, day, hours = '12', minutes = '00', seconds = '00'] = match.slice(1).map((part) => part);
  const at = new Date(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes), Number(seconds));
  // 2027-02-31 would roll over into March: such a name is not one of ours.
  return at.getDate() === Number(day) && at.getMonth() === Number(month) - 1 ? at : null;
}
