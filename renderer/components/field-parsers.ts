import type { FieldCheck } from '../../shared/plan/profile-values';
import { normalizeNumberText } from '../../shared/text/number-text';

/** A field's text turned into a value, or the i18n key of what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false, messageKey: string };

export function checkWith<T>(schema: FieldCheck<T>, value: unknown): Parsed<T> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, messageKey: result.error.issues[0]?.message ?? 'validation.required' };
}

/** Empty text means "not set" (null); anything else must be a whole number the schema accepts. */
export function parseOptionalInteger<T>(schema: FieldCheck<T>) {
  return (text: string): Parsed<T> => {
    const trimmed = normalizeNumberText(text);
    if (trimmed === '') return checkWith(schema, null);
    if (!/^-?\d+$/.test(trimmed)) return { ok: false, messageKey: 'validation.wholeNumber' };
    return checkWith(schema, Number(trimmed));
  };
}

export function parseOptionalDate<T>(schema: FieldCheck<T>) {
  return (text: string): Parsed<T> => checkWith(schema, text.trim() === '' ? null : text.trim());
}

export function parseText<T>(schema: FieldCheck<T>) {
  return (text: string): Parsed<T> => checkWith(schema, text);
}
