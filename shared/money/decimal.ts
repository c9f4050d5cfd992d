import { normalizeNumberText } from '../text/number-text';
import { minorDigits, type CurrencyCode } from './currencies';

/**
 * Conversions between what a person types ("1,234.5") and integer minor units, without floats.
 */

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** Parses a decimal string into an integer scaled by 10^digits; null when it is not a plain number or has too many decimals. */
export function parseScaled(text: string, digits: number): number | null {
  const cleaned = normalizeNumberText(text);
  if (!DECIMAL_PATTERN.test(cleaned)) return null;
  const negative = cleaned.startsWith('-');
  const [whole = '0', fraction = ''] = cleaned.replace('-', '').split('.');
  if (fraction.length > digits) return null;
  const scaled = BigInt(whole + fraction.padEnd(digits, '0'));
  const value = Number(negative ? -scaled : scaled);
  return Number.isSafeInteger(value) ? value : null;
}

export function parseMajorToMinor(text: string, currency: CurrencyCode): number | null {
  return parseScaled(text, minorDigits(currency));
}

/** Plain decimal text of a scaled integer: formatScaled(123456, 2) === "1234.56". */
export function formatScaled(value: number, digits: number): string {
  const negative = value < 0;
  const abs = BigInt(Math.abs(value)).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? `.${abs.slice(abs.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export function minorToMajorText(amountMinor: number, currency: CurrencyCode): string {
  return formatScaled(amountMinor, minorDigits(currency));
}
