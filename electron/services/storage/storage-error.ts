import type { IoReason } from '../../../shared/contract/result';
/**
 * Errors the store hands to its caller carry a `code` from the contract's ErrorCode list, so the IPC layer can
 * pass them on as `{ ok: false, error }` without guessing from message text.
 */
export type StorageErrorCode = 'recovery-mode' | 'invalid-payload' | 'io' | 'external-change' | 'read-only';

export interface StorageError extends Error {
  code: StorageErrorCode;
  /** Field-level problems (path -> i18n key) when a document failed its schema. */
  fieldErrors?: Record<string, string>;
  /** For a failed write: what the disk said (disk full, read-only…), for the save status line. */
  ioReason?: IoReason;
}

export function createStorageError(
  code: StorageErrorCode,
  message: string,
  extra: { cause?: unknown; fieldErrors?: Record<string, string>; ioReason?: IoReason } = {},
): StorageError {
  const error = new Error(message, extra.cause === undefined ? undefined : { cause: extra.cause });
  return Object.assign(
    error,
    { code },
    extra.fieldErrors ? { fieldErrors: extra.fieldErrors } : {},
    extra.ioReason ? { ioReason: extra.ioReason } : {},
  );
}

const STORAGE_ERROR_CODES: readonly string[] = ['recovery-mode', 'invalid-payload', 'io', 'external-change', 'read-only'] satisfies StorageErrorCode[];

export function isStorageError(value: unknown): value is StorageError {
  if (!(value instanceof Error) || !('code' in value)) return false;
  return typeof value.code === 'string' && STORAGE_ERROR_CODES.includes(value.code);
}
