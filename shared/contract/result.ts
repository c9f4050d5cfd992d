/**
 * Every operation's answer crosses the process boundary as a plain value, never a thrown error, so the
 * renderer always knows whether something was saved.
 */
export const ERROR_CODES = [
  'invalid-payload',
  'forbidden-sender',
  'unknown-operation',
  'recovery-mode',
  'cancelled',
  'not-found',
  'io',
  'internal',
  /** plan.json was changed by another program since the app last read or wrote it; nothing was written. */
  'external-change',
  /** The data folder cannot be written (read-only disk or folder). */
  'read-only',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface OperationError {
  code: ErrorCode;
  /** English detail for logs and bug reports; the UI shows a translated message chosen by `code`. */
  message: string;
  /** Field-level problems (path -> i18n key) when a payload failed its schema. */
  fieldErrors?: Record<string, string>;
  /** For a failed write: what the disk said, in words the person understands (io-reason.ts). */
  ioReason?: IoReason;
}

/** Why a write failed, from the system's error code; 'other' shows the generic wording. */
export const IO_REASONS = ['disk-full', 'read-only', 'no-permission', 'busy', 'other'] as const;
export type IoReason = (typeof IO_REASONS)[number];

export function ioReasonOf(code: string | undefined): IoReason {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    case 'EACCES':
    case 'EPERM':
      return 'no-permission';
    case 'EBUSY':
    case 'EAGAIN':
    case 'EMFILE':
    case 'ENFILE':
      return 'busy';
    default:
      return 'other';
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: OperationError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fieldErrors?: Record<string, string>): Result<never> {
  return fieldErrors ? { ok: false, error: { code, message, fieldErrors } } : { ok: false, error: { code, message } };
}
