/**
 * ISO 4217 currencies the app knows, with their minor-unit digits. Money is always stored as an integer
 * count of minor units (fen, cents, yen) next to its currency code, so sums never drift.
 */
export const CURRENCY_MINOR_DIGITS = {
  CNY: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  SGD: 2,
  JPY: 0,
  KRW: 0,
  TWD: 2,
  CAD: 2,
  AUD: 2,
  CHF: 2,
  INR: 2,
  SEK: 2,
  NOK: 2,
  DKK: 2,
  NZD: 2,
  AED: 2,
  MYR: 2,
} as const;

export type CurrencyCode = keyof typeof CURRENCY_MINOR_DIGITS;

export const CURRENCY_CODES = Object.keys(CURRENCY_MINOR_DIGITS) as CurrencyCode[];

export function isCurrencyCode(code: string): code is CurrencyCode {
  return Object.hasOwn(CURRENCY_MINOR_DIGITS, code);
}

export function minorDigits(currency: CurrencyCode): number {
  return CURRENCY_MINOR_DIGITS[currency];
}
