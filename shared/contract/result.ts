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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface OperationError {
  code: ErrorCode;
  /** English detail for logs and bug reports; the UI shows a translated message chosen by `code`. */
  message: string;
  /** Field-level problems (path -> i18n key) when a payload failed its schema. */
  fieldErrors?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: OperationError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fieldErrors?: Record<string, string>): Result<never> {
  return fieldErrors ? { ok: false, error: { code, message, fieldErrors } } : { ok: false, error: { code, message } };
}
