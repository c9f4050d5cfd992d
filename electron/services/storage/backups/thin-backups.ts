/** A backup that parsed and validated, with the time in its name. */
export interface ValidBackup {
  name: string;
  takenAt: Date;
}

/** Never thinned whatever the dates say, so a clock set wrong can never empty the folder. */
export const ALWAYS_KEPT = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Every snapshot of today (at most one per quarter hour, the snapshot interval, so restarting the app a
 * hundred times does not keep a hundred), one a day for two weeks, one a week for three months, then one
 * a month.
 */
export const DAILY_FOR_DAYS = 14;
export const WEEKLY_FOR_DAYS = 92;
/** A name up to this far ahead of the clock still counts as now (clocks drift between machines). */
const FUTURE_SLACK_MS = 5 * 60 * 1000;
const QUARTER_HOUR_MS = 15 * 60 * 1000;

const localDay = (at: Date) => `${at.getFullYear()}-${at.getMonth()}-${at.getDate()}`;
const localMonth = (at: Date) => `${at.getFullYear()}-${at.getMonth()}`;
/** Monday-based week number since the epoch, local noon, so DST never splits a week. */
const localWeek = (at: Date) => Math.floor((new Date(at.getFullYear(), at.getMonth(), at.getDate(), 12).getTime() / DAY_MS + 3) / 7);

export function isFutureDated(backup: ValidBackup, now: Date): boolean {
  return backup.takenAt.getTime() > now.getTime() + FUTURE_SLACK_MS;
}

/**
 * Which valid backups may go. Only valid backups are ever passed in, so a garbage file can never take a
 * real one's place; a backup dated in the future (a clock once set ahead) is neither counted nor removed;
 * the newest ALWAYS_KEPT stay whatever their dates.
 */
export function backupsToRemove(backups: readonly ValidBackup[], now: Date): string[] {
  const past = backups.filter((backup) => !isFutureDated(backup, now)).sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const seen = new Set<string>();
  const remove: string[] = [];
  past.forEach((backup, index) => {
    const ageDays = (now.getTime() - backup.takenAt.getTime()) / DAY_MS;
    let bucket: string;
    if (localDay(backup.takenAt) === localDay(now)) bucket = `slot:${Math.floor(backup.takenAt.getTime() / QUARTER_HOUR_MS)}`;
    else if (ageDays < DAILY_FOR_DAYS) bucket = `day:${localDay(backup.takenAt)}`;
    else if (ageDays < WEEKLY_FOR_DAYS) bucket = `week:${localWeek(backup.takenAt)}`;
    else bucket = `month:${localMonth(backup.takenAt)}`;
    // Newest first, so the first of each bucket is the one kept.
    const isRepeat = seen.has(bucket);
    seen.add(bucket);
    if (isRepeat && index >= ALWAYS_KEPT) remove.push(backup.name);
  });
  return remove;
}
