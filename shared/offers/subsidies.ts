import type { Subsidy } from './offer-schema';
import { addAtMonth, zeroYears } from './year-rule';

/** One-off subsidies land in the year of their month; yearly ones in each of years 1..N. */
export function subsidiesByYear(subsidies: readonly Subsidy[], years: number): number[] {
  const buckets = zeroYears(years);
  for (const subsidy of subsidies) {
    if (subsidy.kind === 'oneOff') {
      addAtMonth(buckets, subsidy.month, subsidy.amountMinor);
    } else {
      for (let year = 1; year <= Math.min(subsidy.years, years); year += 1) {
        buckets[year - 1] = (buckets[year - 1] ?? 0) + subsidy.amountMinor;
      }
    }
  }
  return buckets;
}
