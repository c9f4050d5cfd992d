import { z } from 'zod';
import { CURRENCY_CODES, minorDigits, type CurrencyCode } from '../money';
import { isIsoDate } from '../dates/iso-date';
import { msg } from './message-key';
import {
  MAX_AMOUNT_MAJOR,
  MAX_AMOUNT_MINOR_ANY,
  MAX_MONTH,
  MAX_NOTES,
  MAX_SHARES,
  MAX_TEXT,
  MAX_YEARS,
} from './limits';

/** Building blocks shared by the offer and settings schemas; every failure carries an i18n key. */

export const idSchema = z.string(msg('offers.validation.idRequired')).min(1, msg('offers.validation.idRequired'));

export const shortTextSchema = z.string(msg('offers.validation.required')).max(MAX_TEXT, msg('offers.validation.textTooLong'));

export const notesSchema = z.string(msg('offers.validation.required')).max(MAX_NOTES, msg('offers.validation.notesTooLong'));

export const currencySchema = z.enum(CURRENCY_CODES, msg('offers.validation.unknownCurrency'));

export const isoDateSchema = z
  .string(msg('offers.validation.invalidDate'))
  .refine(isIsoDate, msg('offers.validation.invalidDate'));

/**
 * An amount in integer minor units. The field-level ceiling is 10^12 major units of a two-decimal currency;
 * the offer schema tightens it for currencies with fewer decimals (see maxMinorFor).
 */
export const minorAmountSchema = z
  .number(msg('offers.validation.notANumber'))
  .int(msg('offers.validation.wholeMinorUnits'))
  .min(0, msg('offers.validation.negativeAmount'))
  .max(MAX_AMOUNT_MINOR_ANY, msg('offers.validation.amountTooLarge'));

export function maxMinorFor(currency: CurrencyCode): number {
  return MAX_AMOUNT_MAJOR * 10 ** minorDigits(currency);
}

export const sharesSchema = z
  .number(msg('offers.validation.notANumber'))
  .int(msg('offers.validation.sharesRange'))
  .min(0, msg('offers.validation.sharesRange'))
  .max(MAX_SHARES, msg('offers.validation.sharesRange'));

/** A percentage stored in basis points (15 % = 1500). */
export function bpSchema(min: number, max: number) {
  return z
    .number(msg('offers.validation.notANumber'))
    .int(msg('offers.validation.percentRange'))
    .min(min, msg('offers.validation.percentRange'))
    .max(max, msg('offers.validation.percentRange'));
}

/** Months after the start date; month 0 is the start date itself. */
export const monthSchema = z
  .number(msg('offers.validation.notANumber'))
  .int(msg('offers.validation.monthRange'))
  .min(0, msg('offers.validation.monthRange'))
  .max(MAX_MONTH, msg('offers.validation.monthRange'));

export const yearsSchema = z
  .number(msg('offers.validation.notANumber'))
  .int(msg('offers.validation.yearsRange'))
  .min(1, msg('offers.validation.yearsRange'))
  .max(MAX_YEARS, msg('offers.validation.yearsRange'));

export function enumSchema<const T extends readonly string[]>(values: T) {
  return z.enum(values, msg('offers.validation.invalidChoice'));
}

/** Adds a duplicateId issue for each repeated id so a corrupted list can't alias two records. */
export function checkUniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', message: 'offers.validation.duplicateId', path: [...path, index, 'id'] });
    }
    seen.add(item.id);
  });
}

/** z.object whose "not an object" failure (a damaged file, a missing section) also carries a key. */
export function objectSchema<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape, msg('offers.validation.invalidData'));
}

export function listSchema<T extends z.ZodType>(item: T) {
  return z.array(item, msg('offers.validation.invalidData'));
}
