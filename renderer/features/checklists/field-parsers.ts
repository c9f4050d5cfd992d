import { z } from 'zod';
import { IsoDateSchema } from '../../../shared/checklists/schema';
import { checkWith, type Parsed } from '../../components/field-parsers';

/*
 * Parsers for the checklist fields, built on the domain schemas so the message at the field is the same
 * key main would use to refuse the value.
 */

export const parseRequiredDate = (text: string): Parsed<string> => checkWith(IsoDateSchema, text.trim());

export const parseOptionalIsoDate = (text: string): Parsed<string | null> =>
  text.trim() === '' ? { ok: true, value: null } : checkWith(IsoDateSchema, text.trim());

const titleSchema = z.string().trim().min(1, { error: 'checklists.validation.titleRequired' }).max(300, { error: 'checklists.ui.validation.titleTooLong' });
export const parseTitle = (text: string): Parsed<string> => checkWith(titleSchema, text);

const longTextSchema = z.string().max(5000, { error: 'checklists.ui.validation.tooLong' });
export const parseLongText = (text: string): Parsed<string> => checkWith(longTextSchema, text);

const offsetDaysSchema = z.int({ error: 'checklists.validation.offset' }).min(-3650, { error: 'checklists.validation.offset' }).max(3650, { error: 'checklists.validation.offset' });
const offsetMonthsSchema = z.int({ error: 'checklists.validation.offset' }).min(-120, { error: 'checklists.validation.offset' }).max(120, { error: 'checklists.validation.offset' });

function parseSignedInteger(schema: z.ZodType<number>, text: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return { ok: false, messageKey: 'checklists.validation.offset' };
  return checkWith(schema, Number(trimmed));
}

export const parseOffsetDays = (text: string): Parsed<number> => parseSignedInteger(offsetDaysSchema, text);

/** Months are optional: empty means none. */
export const parseOffsetMonths = (text: string): Parsed<number | null> =>
  text.trim() === '' ? { ok: true, value: null } : parseSignedInteger(offsetMonthsSchema, text);

export const formatOptional = (value: string | null): string => value ?? '';
export const formatNumber = (value: number | null): string => (value === null ? '' : String(value));
export const identity = (value: string): string => value;
