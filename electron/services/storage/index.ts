export { openPlanStore, type OpenPlanStoreOptions, type PlanStore } from './plan-store';
export { writeFileDurably, removeStaleTempFiles } from './durable-write';
export { listDailyBackups, DAILY_BACKUPS_KEPT } from './daily-backups';
export { isStorageError, type StorageError, type StorageErrorCode } from './storage-error';
