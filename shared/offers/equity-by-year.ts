import type { EquityGrant } from './offer-schema';
import { grantVests } from './equity-value';
import { addAtMonth, zeroYears } from './year-rule';

/** Equity vested per year over the horizon, all grants and refreshers together. */
export function equityByYear(grants: readonly EquityGrant[], years: number): number[] {
  const buckets = zeroYears(years);
  for (const grant of grants) {
    for (const vest of grantVests(grant, years * 12)) addAtMonth(buckets, vest.month, vest.valueMinor);
  }
  return buckets;
}
