import type { z } from 'zod';
import { parseMajorToMinor, parseScaled, type CurrencyCode } from '../../../shared/money';
import { checkWith, type Parsed } from '../../components/field-parsers';

const TOO_MANY_DECIMALS = /^-?[\d,\s_]*\.\d+$/;

/** Money text -> minor units, checked by `check`; empty is null when the field is optional. */
export function moneyParser<T>(currency: CurrencyCode, check: (minor: number | null) => Parsed<T>, isOptional = false) {
  return (text: string): Parsed<T> => {
    const trimmed = text.trim();
    if (trimmed === '') return isOptional ? check(null) : { ok: false, messageKey: 'tax.validation.notANumber' };
    const minor = parseMajorToMinor(trimmed, currency);
    if (minor === null) return { ok: false, messageKey: TOO_MANY_DECIMALS.test(trimmed) ? 'tax.validation.wholeMinorUnits' : 'tax.validation.notANumber' };
    return check(minor);
  };
}

/** Percent text with up to two decimals -> basis points, checked by the schema. */
export function percentParser<T>(schema: z.ZodType<T>) {
  return (text: string): Parsed<T> => {
    const trimmed = text.trim().replace(/%$/, '').trim();
    if (trimmed === '') return { ok: false, messageKey: 'tax.validation.notANumber' };
    const bp = parseScaled(trimmed, 2);
    if (bp === null) return { ok: false, messageKey: TOO_MANY_DECIMALS.test(trimmed) ? 'tax.validation.percentRange' : 'tax.validation.notANumber' };
    return checkWith(schema, bp);
  };
}

/** "2027, 2029" -> [2027, 2029]; empty -> []. */
export function yearsParser<T>(schema: z.ZodType<T>) {
  return (text: string): Parsed<T> => {
    const parts = text.split(/[,，\s]+/).filter((part) => part !== '');
    if (parts.some((part) => !/^\d+$/.test(part))) return { ok: false, messageKey: 'tax.ui.wholeYearsOnly' };
    return checkWith(schema, parts.map(Number));
  };
}

/** The first issue's message of a whole-object check, for fields whose rule involves their neighbours. */
export function checkObject<T>(schema: z.ZodType<T>, value: unknown): Parsed<T> {
  return checkWith(schema, value);
}
