export { readBackups, newestPastBackup, takeSnapshot, BACKUPS_FOLDER, type BackupFile } from './backup-folder';
export { createBackupSchedule, SNAPSHOT_INTERVAL_MS, type BackupSchedule } from './backup-schedule';
export { summarizePlan, type PlanSummary } from './plan-summary';
export { backupsToRemove, ALWAYS_KEPT } from './thin-backups';
