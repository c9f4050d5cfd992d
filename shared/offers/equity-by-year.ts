import type { EquityGrant, Offer } from './offer-schema';
import { offerGrantVests } from './current-job';
import { addAtMonth, zeroYears } from './year-rule';

/**
 * Equity vested per year over the horizon, all grants and refreshers together. With `offer` a current job's
 * grants vest from their real grant dates (current-job.ts); without it every grant is made at the start.
 */
export function equityByYear(grants: readonly EquityGrant[], years: number, offer: Pick<Offer, 'kind' | 'startDate'> = { startDate: '' }): number[] {
  const buckets = zeroYears(years);
  for (const grant of grants) {
    for (const vest of offerGrantVests(offer, grant, years * 12)) addAtMonth(buckets, vest.month, vest.valueMinor);
  }
  return buckets;
}
