import { mulDivRound } from './arith';
import { minorDigits, type CurrencyCode } from './currencies';
import { noteRateRead } from './rate-reads';

/**
 * Exchange rates are data the person sees and edits. A rate says: 1 `base` = `rate` `quote`, where rate is
 * stored as an integer in millionths (7.10 -> 7_100_000) so conversions are exact rational arithmetic.
 */
export const RATE_SCALE = 1_000_000;

export interface FxRate {
  base: CurrencyCode;
  quote: CurrencyCode;
  rateMicros: number;
}

export type ConversionResult =
  | { ok: true; amountMinor: number }
  | { ok: false; missing: { from: CurrencyCode; to: CurrencyCode } };

/** Finds from->to as a fraction num/den of "to per from", directly, inverted, or through one shared currency. */
export function findRate(
  rates: readonly FxRate[],
  from: CurrencyCode,
  to: CurrencyCode,
): { num: bigint; den: bigint } | null {
  if (from === to) return { num: 1n, den: 1n };
  noteRateRead(from, to);
  const direct = (a: CurrencyCode, b: CurrencyCode): { num: bigint; den: bigint } | null => {
    for (const r of rates) {
      if (r.rateMicros <= 0) continue;
      if (r.base === a && r.quote === b) return { num: BigInt(r.rateMicros), den: BigInt(RATE_SCALE) };
      if (r.base === b && r.quote === a) return { num: BigInt(RATE_SCALE), den: BigInt(r.rateMicros) };
    }
    return null;
  };
  const one = direct(from, to);
  if (one) return one;
  const via = new Set<CurrencyCode>();
  for (const r of rates) {
    via.add(r.base);
    via.add(r.quote);
  }
  for (const mid of via) {
    if (mid === from || mid === to) continue;
    const a = direct(from, mid);
    const b = direct(mid, to);
    if (a && b) return { num: a.num * b.num, den: a.den * b.den };
  }
  return null;
}

/**
 * Converts minor units of one currency into minor units of another, rounding half away from zero once at
 * the end. `adjustBp` moves the rate for what-if views: +500 means each unit of `from` buys 5 % more `to`
 */
export function convertMinor(
  amountMinor: number,
  from: CurrencyCode,
  to: CurrencyCode,
  rates: readonly FxRate[],
  adjustBp = 0,
): ConversionResult {
  const rate = findRate(rates, from, to);
  if (!rate) return { ok: false, missing: { from, to } };
  const digitShift = minorDigits(to) - minorDigits(from);
  let num = rate.num * BigInt(10_000 + adjustBp);
  let den = rate.den * 10_000n;
  if (digitShift > 0) num *= 10n ** BigInt(digitShift);
  if (digitShift < 0) den *= 10n ** BigInt(-digitShift);
  return { ok: true, amountMinor: mulDivRound(amountMinor, num, den) };
}
