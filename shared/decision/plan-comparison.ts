import { comparisonAfterTax } from '../offer-tax/comparison-after-tax';
import { takeHomeContextOf } from '../offer-tax/take-home-context';
import { compareOffers, type AfterTaxFor, type OfferComparison } from '../offers/compare-offers';
import type { Offer } from '../offers/offer-schema';
import type { PlanDocument } from '../plan/plan-schema';
import { effectiveTaxByOffer } from '../residency/offer-residence';
import { resolveDecisionSettings } from './schema';
import { computeVerdict, type Verdict } from './verdict';

/** The offers a comparison takes part in: every offer not archived, in the person's order. */
export function comparedOffers(document: Pick<PlanDocument, 'offers'>): Offer[] {
  return document.offers.filter((offer) => !offer.isArchived);
}

/** The after-tax figures of each offer, as comparePlan uses them (for callers that cache per offer). */
export function planAfterTaxFor(document: Pick<PlanDocument, 'offers' | 'comparison' | 'profile' | 'taxByOffer' | 'residency'>): AfterTaxFor {
  return comparisonAfterTax(effectiveTaxByOffer(document), takeHomeContextOf(document));
}

/** The comparison of the plan's offers, after tax where an offer has tax settings (the shared/tax entry). */
export function comparePlan(document: Pick<PlanDocument, 'offers' | 'comparison' | 'profile' | 'taxByOffer' | 'residency'>, offers: readonly Offer[] = comparedOffers(document)): OfferComparison {
  const settings = document.comparison;
  const homeCurrency = document.profile.homeCurrency;
  // One context for every caller (horizon, rates, living costs, and whether the person is a US taxpayer).
  const afterTaxFor = planAfterTaxFor(document);
  // (effectiveTaxByOffer: where the person keeps a trip log it decides China residence, issue 13.)
  return compareOffers(offers, settings, homeCurrency, afterTaxFor);
}

/** The verdict straight from the plan document (for the overview and anything else that needs the answer). */
export function verdictForPlan(document: Pick<PlanDocument, 'offers' | 'comparison' | 'profile' | 'taxByOffer' | 'residency' | 'decision'>): Verdict {
  const settings = resolveDecisionSettings(document.decision);
  return computeVerdict(comparePlan(document), { closeCallBp: settings.closeCallBp });
}
