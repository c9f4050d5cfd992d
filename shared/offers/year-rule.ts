/**
 * The year rule: year k runs from month 12(k-1) to month 12k after the start. A payment at month 0
 * belongs to year 1, and a payment or vest at month 12k belongs to year k (earned by the end of that year),
 * so a 12-month cliff's first vest lands in year 1. Every component uses this one function.
 */
export function yearOfMonth(month: number): number {
  return month <= 0 ? 1 : Math.ceil(month / 12);
}

/** An array of `years` zeros, indexed by year - 1. */
export function zeroYears(years: number): number[] {
  return Array.from({ length: years }, () => 0);
}

/** Adds amount to the year bucket of `month`, dropping anything after the horizon. */
export function addAtMonth(buckets: number[], month: number, amountMinor: number): void {
  const index = yearOfMonth(month) - 1;
  if (index < buckets.length) buckets[index] = (buckets[index] ?? 0) + amountMinor;
}
