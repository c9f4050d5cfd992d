import type { z } from 'zod';
import { BP_WHOLE, formatScaled, minorDigits, parseScaled, RATE_SCALE, type CurrencyCode } from '../money';
import { normalizeNumberText } from '../text/number-text';
import type { OfferMessageKey } from './messages';
import { MAX_AMOUNT_MINOR_ANY } from './limits';
import { maxMinorFor } from './schema-primitives';

/**
 * What a person types into an offer form, turned into stored values (integer minor units, basis points,
 * rate micros) or the i18n key of what is wrong. Shaped like the renderer's Parsed<T> so the UI's
 * TextField can use these directly.
 */
export type InputResult<T> = { ok: true; value: T } | { ok: false; messageKey: string };

const fail = (messageKey: OfferMessageKey): { ok: false; messageKey: string } => ({ ok: false, messageKey });
const PLAIN = /^-?\d+(\.\d+)?$/;
const clean = (text: string) => normalizeNumberText(text);

/** Explains why a decimal did not parse at `digits` places: a sign, too many decimals, too big, or not a number. */
function whyNotScaled(cleaned: string): OfferMessageKey {
  if (!PLAIN.test(cleaned)) return 'offers.validation.notANumber';
  if (cleaned.startsWith('-')) return 'offers.validation.negativeAmount';
  const [whole = ''] = cleaned.split('.');
  // A whole part this long can only fail by being too big; otherwise it was the decimals.
  return whole.length > 15 ? 'offers.validation.amountTooLarge' : 'offers.validation.wholeMinorUnits';
}

/** Money in major units ("900,000", "1234.5"); empty means 0. Never negative, never above 10^12. */
export function parseMoneyInput(text: string, currency: CurrencyCode): InputResult<number> {
  const cleaned = clean(text);
  if (cleaned === '') return { ok: true, value: 0 };
  const value = parseScaled(cleaned, minorDigits(currency));
  if (value === null) return fail(whyNotScaled(cleaned));
  if (value < 0) return fail('offers.validation.negativeAmount');
  if (value > MAX_AMOUNT_MINOR_ANY || value > maxMinorFor(currency)) return fail('offers.validation.amountTooLarge');
  return { ok: true, value };
}

/** Major-unit text for an input: no thousands separators, no ".00" tail. */
export function formatMoneyInput(amountMinor: number, currency: CurrencyCode): string {
  return trimZeros(formatScaled(amountMinor, minorDigits(currency)));
}

/**
 * The same text with its whole part grouped in thousands ("1,200,000", "1,234.5"), as a money field shows it
 * once the person leaves it; parseMoneyInput reads it back unchanged.
 */
export function groupMoneyInput(amountMinor: number, currency: CurrencyCode): string {
  const [whole = '', fraction] = formatMoneyInput(amountMinor, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A percentage with up to two decimals ("15", "12.5") as basis points, within [minBp, maxBp]; empty means 0. */
export function parsePercentInput(text: string, minBp: number, maxBp: number): InputResult<number> {
  const cleaned = clean(text).replace(/%$/, '');
  if (cleaned === '') return minBp <= 0 && maxBp >= 0 ? { ok: true, value: 0 } : fail('offers.validation.percentRange');
  const value = parseScaled(cleaned, 2);
  if (value === null) return fail(PLAIN.test(cleaned) ? 'offers.validation.percentRange' : 'offers.validation.notANumber');
  if (value < minBp || value > maxBp) return fail('offers.validation.percentRange');
  return { ok: true, value };
}

export function formatPercentInput(bp: number): string {
  return trimZeros(formatScaled(bp, 2));
}

/** Yearly vesting percentages typed as "25, 25, 25, 25" (commas, spaces, slashes or semicolons between). */
export function parseYearlyPercentsInput(text: string): InputResult<number[]> {
  const parts = text.split(/[\s,;/]+/).filter((part) => part !== '');
  if (parts.length === 0) return fail('offers.validation.vestingEmpty');
  const values: number[] = [];
  for (const part of parts) {
    const parsed = parsePercentInput(part, 0, BP_WHOLE);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return { ok: true, value: values };
}

export function formatYearlyPercentsInput(yearlyBp: readonly number[]): string {
  return yearlyBp.map(formatPercentInput).join(', ');
}

/** A whole number checked by `schema`; empty is `emptyValue` (0 for counts, null for "not set"). */
export function parseWholeInput<T>(schema: z.ZodType<T>, emptyValue: number | null = 0) {
  return (text: string): InputResult<T> => {
    const cleaned = clean(text);
    const candidate = cleaned === '' ? emptyValue : /^-?\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
    if (Number.isNaN(candidate)) return fail('offers.validation.notANumber');
    const result = schema.safeParse(candidate);
    return result.success ? { ok: true, value: result.data } : { ok: false, messageKey: result.error.issues[0]?.message ?? 'offers.validation.notANumber' };
  };
}

/** An exchange rate ("7.10") as integer millionths; must be above zero. */
export function parseRateInput(text: string): InputResult<number> {
  const cleaned = clean(text);
  if (cleaned === '') return fail('offers.validation.rateNotPositive');
  const value = parseScaled(cleaned, 6);
  if (value === null) return fail(PLAIN.test(cleaned) ? 'offers.validation.rateNotPositive' : 'offers.validation.notANumber');
  if (value <= 0) return fail('offers.validation.rateNotPositive');
  return { ok: true, value };
}

/** "7.1" for 7_100_000, keeping at least two decimals (7.10) so a rate reads like a rate. */
export function formatRateInput(rateMicros: number): string {
  const text = trimZeros(formatScaled(rateMicros, Math.log10(RATE_SCALE)));
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(2, '0')}`;
}
