import type { z } from 'zod';
import { setIn, samePath, startsWithPath, type EditPath } from './edit-path';
import type { InputResult } from './input-parsers';
import { offerSchema, type Offer } from './offer-schema';
import { markPassedCheck } from './passed-checks';

export { hasPassedCheck } from './passed-checks';
import { comparisonSettingsSchema, type ComparisonSettings } from './settings-schema';

interface LastCheck {
  record: unknown;
  path: EditPath;
  value: unknown;
  result: InputResult<unknown>;
  candidate: unknown;
}

// A keystroke checks the same edit several times: the field checks its text, its commit re-checks it against
// the saved record, and the store checks the record it gets. With an offer of several grants each full check
// is a few milliseconds (issue 16), so the last check per schema is remembered, and so is every record a
// check passed (shared/offers/passed-checks.ts).
const lastChecks = new WeakMap<z.ZodType, LastCheck>();

function check<T>(schema: z.ZodType<T>, record: T, path: EditPath, value: unknown): LastCheck {
  const last = lastChecks.get(schema);
  if (last && last.record === record && Object.is(last.value, value) && samePath(last.path, path)) return last;
  const candidate = setIn(record, path, value);
  const parsed = schema.safeParse(candidate);
  let result: InputResult<unknown>;
  if (parsed.success) {
    result = { ok: true, value: parsed.data };
    markPassedCheck(candidate);
  } else {
    const issues = parsed.error.issues;
    const issue = issues.find((item) => samePath(item.path, path)) ?? issues.find((item) => startsWithPath(item.path, path)) ?? issues[0];
    result = { ok: false, messageKey: issue?.message ?? 'offers.validation.invalidData' };
  }
  const done = { record, path, value, result, candidate };
  lastChecks.set(schema, done);
  return done;
}

/**
 * Checks one field's new value against the whole record, so rules that span fields (vesting must sum to
 * 100 %, a cliff no longer than the schedule) are reported at the field the person just changed. The saved
 * record is always valid, so any issue in the candidate comes from this change: an issue at the field's own
 * path is preferred, then one inside it, then the first one anywhere.
 */
export function validateEdit<T>(schema: z.ZodType<T>, record: T, path: EditPath, value: unknown): InputResult<T> {
  return check(schema, record, path, value).result as InputResult<T>;
}

/** The record with the edit applied (the value as given, not the schema's output), or null if it fails the schema. */
export function applyEdit<T>(schema: z.ZodType<T>, record: T, path: EditPath, value: unknown): T | null {
  const done = check(schema, record, path, value);
  return done.result.ok ? (done.candidate as T) : null;
}

export function validateOfferEdit(offer: Offer, path: EditPath, value: unknown): InputResult<Offer> {
  return validateEdit(offerSchema, offer, path, value);
}

export function applyOfferEdit(offer: Offer, path: EditPath, value: unknown): Offer | null {
  return applyEdit(offerSchema, offer, path, value);
}

export function validateComparisonEdit(settings: ComparisonSettings, path: EditPath, value: unknown): InputResult<ComparisonSettings> {
  return validateEdit(comparisonSettingsSchema, settings, path, value);
}

export function applyComparisonEdit(settings: ComparisonSettings, path: EditPath, value: unknown): ComparisonSettings | null {
  return applyEdit(comparisonSettingsSchema, settings, path, value);
}
