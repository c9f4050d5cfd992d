/**
 * Exact integer arithmetic on minor units. Products go through BigInt because amounts up to 10^12 major
 * units (10^14 minor) times a percentage in basis points exceed Number.MAX_SAFE_INTEGER.
 */

/** round(a * num / den), half away from zero, exactly. den must be > 0. */
export function mulDivRound(a: number | bigint, num: number | bigint, den: number | bigint): number {
  const A = BigInt(a);
  const N = BigInt(num);
  const D = BigInt(den);
  if (D <= 0n) throw new RangeError('mulDivRound: denominator must be positive');
  const product = A * N;
  const negative = product < 0n;
  const abs = negative ? -product : product;
  const rounded = (abs * 2n + D) / (2n * D);
  return Number(negative ? -rounded : rounded);
}

/** Basis points: 1 % = 100 bp. Percent inputs with up to two decimals become exact integers. */
export const BP_PER_PERCENT = 100;
export const BP_WHOLE = 10_000;

export function percentToBp(percent: number): number {
  return Math.round(percent * BP_PER_PERCENT);
}

export function bpToPercent(bp: number): number {
  return bp / BP_PER_PERCENT;
}

/** amount * bp / 10000, rounded half away from zero. */
export function applyBp(amountMinor: number, bp: number): number {
  return mulDivRound(amountMinor, bp, BP_WHOLE);
}

export function sumMinor(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
