import type { z } from 'zod';
import { setIn, samePath, startsWithPath, type EditPath } from './edit-path';
import type { InputResult } from './input-parsers';
import { offerSchema, type Offer } from './offer-schema';
import { comparisonSettingsSchema, type ComparisonSettings } from './settings-schema';

/**
 * Checks one field's new value against the whole record, so rules that span fields (vesting must sum to
 * 100 %, a cliff no longer than the schedule) are reported at the field the person just changed. The saved
 * record is always valid, so any issue in the candidate comes from this change: an issue at the field's own
 * path is preferred, then one inside it, then the first one anywhere.
 */
export function validateEdit<T>(schema: z.ZodType<T>, record: T, path: EditPath, value: unknown): InputResult<T> {
  const candidate = setIn(record, path, value);
  const result = schema.safeParse(candidate);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues;
  const issue =
    issues.find((item) => samePath(item.path, path)) ?? issues.find((item) => startsWithPath(item.path, path)) ?? issues[0];
  return { ok: false, messageKey: issue?.message ?? 'offers.validation.invalidData' };
}

export function validateOfferEdit(offer: Offer, path: EditPath, value: unknown): InputResult<Offer> {
  return validateEdit(offerSchema, offer, path, value);
}

export function validateComparisonEdit(settings: ComparisonSettings, path: EditPath, value: unknown): InputResult<ComparisonSettings> {
  return validateEdit(comparisonSettingsSchema, settings, path, value);
}
