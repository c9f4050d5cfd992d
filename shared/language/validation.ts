import type { z } from 'zod';
import { compareIso, isIsoDate, type IsoDate } from '../dates/iso-date';
import { LanguageGoalSchema, StudyLogEntrySchema, type LanguageGoal, type StudyLogEntry } from './schema';

/**
 * Validation the UI runs before saving. The zod schemas check shape and internal consistency; the checks
 * here add the ones that depend on today's date, which shared/ never reads itself.
 */

export interface FieldError {
  /** Where to show the message, e.g. ['exam', 'registrationDeadline']. */
  path: (string | number)[];
  /** An i18n key from messages.ts. */
  key: string;
  /** Interpolation values for the message ({{max}}, {{words}}). */
  params?: Record<string, string | number>;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const FALLBACK_KEY = 'language.error.invalid';

/** Turns zod issues into field errors; anything without one of our keys gets a generic message. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const key = issue.message.startsWith('language.') ? issue.message : FALLBACK_KEY;
    const params = issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined;
    return { path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)), key, ...(params ? { params } : {}) };
  });
}

function rawDate(input: unknown, field: string): IsoDate | null {
  if (typeof input !== 'object' || input === null) return null;
  const value = (input as Record<string, unknown>)[field];
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

export interface ValidateGoalOptions {
  /**
   * The goal as saved before this edit. A target date that has since passed is only refused when the
   * person changes it, so an old goal can still be edited (its note, say) after its date.
   */
  previous?: Pick<LanguageGoal, 'targetDate'> | null;
}

/** Checks a goal for saving: shape and consistency, target date not in the past, word count not dated ahead. */
export function validateGoal(input: unknown, today: IsoDate, options: ValidateGoalOptions = {}): ValidationResult<LanguageGoal> {
  const parsed = LanguageGoalSchema.safeParse(input);
  const errors = parsed.success ? [] : toFieldErrors(parsed.error);

  // Date checks read the raw input so they show together with any shape errors, not one round later.
  const targetDate = rawDate(input, 'targetDate');
  const isUnchanged = options.previous != null && options.previous.targetDate === targetDate;
  if (targetDate !== null && compareIso(targetDate, today) < 0 && !isUnchanged) {
    errors.push({ path: ['targetDate'], key: 'language.error.targetDateInPast' });
  }
  const asOf = rawDate(input, 'knownWordsAsOf');
  if (asOf !== null && compareIso(asOf, today) > 0) {
    errors.push({ path: ['knownWordsAsOf'], key: 'language.error.knownWordsAsOfInFuture' });
  }

  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}

/** Checks a study log entry for saving: shape, and no study logged for a day that has not happened yet. */
export function validateLogEntry(input: unknown, today: IsoDate): ValidationResult<StudyLogEntry> {
  const parsed = StudyLogEntrySchema.safeParse(input);
  const errors = parsed.success ? [] : toFieldErrors(parsed.error);
  const date = rawDate(input, 'date');
  if (date !== null && compareIso(date, today) > 0) {
    errors.push({ path: ['date'], key: 'language.error.logDateInFuture' });
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, value: parsed.data };
}
