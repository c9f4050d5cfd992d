import type { CurrencyCode } from '../money';
import type { OfferComparison } from '../offers/compare-offers';
import type { ComparisonView } from '../offers/settings-schema';

/**
 * The offer that leads on the comparison's own basis: the total shown in the comparison table (first
 * year or average per year, as the person chose there), in the home currency, before tax. Stands in for a
 * fuller verdict; whatever is shown names this basis, so it is never mistaken for a recommendation.
 */
export type LeadingOffer =
  | { kind: 'no-offers' }
  /** Totals cannot be compared: an exchange rate is missing for some offer. */
  | { kind: 'missing-rate'; offerIds: string[] }
  | { kind: 'only-one'; offerId: string; totalMinor: number; basis: LeadingBasis }
  | { kind: 'close-call'; offerIds: [string, string]; basis: LeadingBasis }
  | { kind: 'leading'; offerId: string; runnerUpId: string; totalMinor: number; marginMinor: number; basis: LeadingBasis };

export interface LeadingBasis {
  view: ComparisonView;
  horizonYears: number;
  currency: CurrencyCode;
  fxAsOf: string;
}

export function leadingOffer(comparison: OfferComparison): LeadingOffer {
  const { entries } = comparison;
  if (entries.length === 0) return { kind: 'no-offers' };
  const missing = entries.filter((entry) => entry.shown === null).map((entry) => entry.offer.id);
  if (missing.length > 0) return { kind: 'missing-rate', offerIds: missing };
  const ranked = [...entries].sort((a, b) => b.shown!.total - a.shown!.total || a.offer.id.localeCompare(b.offer.id));
  const first = ranked[0]!;
  const basis: LeadingBasis = { view: comparison.view, horizonYears: comparison.horizonYears, currency: comparison.homeCurrency, fxAsOf: comparison.fxAsOf };
  if (ranked.length === 1) return { kind: 'only-one', offerId: first.offer.id, totalMinor: first.shown!.total, basis };
  const second = ranked[1]!;
  const isClose = comparison.closeCalls.some(([a, b]) => (a === first.offer.id && b === second.offer.id) || (a === second.offer.id && b === first.offer.id));
  if (isClose) return { kind: 'close-call', offerIds: [first.offer.id, second.offer.id], basis };
  return {
    kind: 'leading',
    offerId: first.offer.id,
    runnerUpId: second.offer.id,
    totalMinor: first.shown!.total,
    marginMinor: first.shown!.total - second.shown!.total,
    basis,
  };
}
