import type { PlanDocument } from '../plan/plan-schema';
import type { TakeHomeContext } from './offer-take-home';

/**
 * The take-home context of a plan, in one place, so every caller (the offer's panel, the comparison, the
 * verdict) taxes with the same horizon, rates, living costs and the profile's US-person answer.
 */
export function takeHomeContextOf(document: Pick<PlanDocument, 'comparison' | 'profile'>): TakeHomeContext {
  return {
    horizonYears: document.comparison.horizonYears,
    homeCurrency: document.profile.homeCurrency,
    rates: document.comparison.fx.rates,
    costOfLiving: document.comparison.costOfLiving,
    usPerson: document.profile.usTaxStatus ?? null,
  };
}
