import { useDeferredValue, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { decisionAnalysis, type DecisionAnalysis } from '../../../shared/decision/analysis';
import { comparisonAfterTax } from '../../../shared/offer-tax/comparison-after-tax';
import { compareOffers, type OfferComparison, type OfferComparisonEntry } from '../../../shared/offers/compare-offers';
import type { Offer } from '../../../shared/offers/offer-schema';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { effectiveTaxByOffer } from '../../../shared/residency/offer-residence';
import { usePlanner } from '../../store';

type CacheEntry = { tax: unknown; key: readonly unknown[]; entry: Omit<OfferComparisonEntry, 'criteria'> };

/**
 * The comparison of the plan's active offers, memoised per offer: a keystroke in one offer recomputes that
 * offer only (its breakdown, conversion and tax), the others are taken from the cache as long as the settings
 * they depend on are the same objects. The person's order and the criteria rank are rebuilt each time (cheap).
 */
export function useComparison(): { comparison: OfferComparison; document: PlanDocument } {
  const { document } = usePlanner(useShallow((s) => ({ document: s.document! })));
  // Keyed by the offer object: an edited offer is a new object (a miss), and old ones are garbage-collected.
  const [cache] = useState(() => new WeakMap<Offer, CacheEntry>());
  const { offers, comparison: settings, profile, residency } = document;
  const active = useMemo(() => offers.filter((offer) => !offer.isArchived), [offers]);
  // Where the person keeps a trip log it decides China residence (shared/residency), as everywhere else.
  const taxByOffer = useMemo(() => effectiveTaxByOffer({ offers, taxByOffer: document.taxByOffer, residency }), [offers, document.taxByOffer, residency]);
  const comparison = useMemo(() => {
    const homeCurrency = profile.homeCurrency;
    const usPerson = profile.usTaxStatus ?? null;
    const key = [settings.horizonYears, settings.view, settings.fx.rates, settings.costOfLiving, settings.leaveMonth, settings.whatIfBp, homeCurrency, usPerson] as const;
    const afterTaxFor = comparisonAfterTax(taxByOffer, { horizonYears: settings.horizonYears, homeCurrency, rates: settings.fx.rates, costOfLiving: settings.costOfLiving, usPerson });
    const entryFor = (offer: Offer) => {
      const hit = cache.get(offer);
      const isSame = hit !== undefined && hit.tax === taxByOffer[offer.id] && hit.key.every((part, i) => part === key[i]);
      return isSame ? hit.entry : null;
    };
    return compareOffers(active, settings, homeCurrency, afterTaxFor, {
      entryFor,
      onEntry: (offer, entry) => cache.set(offer, { tax: taxByOffer[offer.id], key, entry }),
    });
  }, [active, settings, taxByOffer, profile.homeCurrency, profile.usTaxStatus, cache]);
  return { comparison, document };
}

/**
 * The verdict and everything around it. The flip points re-solve the comparison dozens of times, so they
 * are computed from a deferred copy: typing stays responsive and the answer follows a moment later.
 */
export function useDecision(document: PlanDocument, comparison: OfferComparison): DecisionAnalysis {
  const deferredDocument = useDeferredValue(document);
  const deferredComparison = useDeferredValue(comparison);
  return useMemo(() => decisionAnalysis(deferredDocument, deferredComparison), [deferredDocument, deferredComparison]);
}
