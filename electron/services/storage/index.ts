export { openPlanStore, type OpenPlanStoreOptions, type PlanStore } from './plan-store';
export { writeFileDurably, removeStaleTempFiles } from './durable-write';
export { readBackups, takeSnapshot, createBackupSchedule } from './backups';
export { isStorageError, type StorageError, type StorageErrorCode } from './storage-error';
