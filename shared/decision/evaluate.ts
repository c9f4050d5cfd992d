import type { FxRate } from '../money';
import type { Offer } from '../offers/offer-schema';
import type { PlanDocument } from '../plan/plan-schema';
import { basisTotals, totalOn, type VerdictBasis } from './basis';
import { comparePlan } from './plan-comparison';

export type PlanForComparison = Pick<PlanDocument, 'offers' | 'comparison' | 'profile' | 'taxByOffer' | 'residency'>;

/**
 * One offer's horizon total on a basis, recomputed exactly (tax included) with the given rates: the function
 * the flip points are solved on. null when the offer has no figure on that basis.
 */
export function offerTotalOn(document: PlanForComparison, offer: Offer, basis: VerdictBasis, rates: readonly FxRate[] = document.comparison.fx.rates): number | null {
  const settings = rates === document.comparison.fx.rates ? document.comparison : { ...document.comparison, fx: { ...document.comparison.fx, rates: [...rates] } };
  const entry = comparePlan({ ...document, comparison: settings }, [offer]).entries[0];
  return entry ? totalOn(basisTotals(entry), basis) : null;
}

/** The same rate table with one rate replaced (by index). */
export function withRate(rates: readonly FxRate[], index: number, rateMicros: number): FxRate[] {
  return rates.map((rate, i) => (i === index ? { ...rate, rateMicros } : rate));
}

/** Every equity amount of the offer scaled by (10000 + changeBp) / 10000: its stock worth that much more or less. */
export function withEquityChange(offer: Offer, changeBp: number): Offer {
  const scale = (amount: number) => Math.max(0, Math.round((amount * (10_000 + changeBp)) / 10_000));
  return {
    ...offer,
    equity: offer.equity.map((grant) => ({
      ...grant,
      grantValueMinor: scale(grant.grantValueMinor),
      priceMinor: scale(grant.priceMinor),
      refresherYearlyMinor: scale(grant.refresherYearlyMinor),
    })),
  };
}

/**
 * The boundary of a monotone predicate on integers: the smallest x in [lo, hi] with isTrue(x), given that
 * isTrue(hi) holds and isTrue(x) implies isTrue(x + 1). Exact (no sampling): about log2(hi - lo) evaluations.
 */
export function smallestTrue(lo: number, hi: number, isTrue: (x: number) => boolean): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = low + Math.floor((high - low) / 2);
    if (isTrue(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
