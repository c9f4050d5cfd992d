import { useDeferredValue, useMemo } from 'react';
import { decisionAnalysis, type DecisionAnalysis } from '../../../shared/decision/analysis';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { usePlanner } from '../../store';
import { analysisMemoised, compareMemoised } from '../offers/comparison-memo';

/**
 * The comparison of the plan's active offers, memoised per offer (renderer/features/offers/comparison-memo):
 * a keystroke in one offer recomputes that offer only, an edited rate only the offers that converted
 * through it. It follows a deferred copy of the plan, so the keystroke that changed it is drawn first and
 * the comparison follows in a render React can interrupt.
 */
export function useComparison(): { comparison: OfferComparison; document: PlanDocument } {
  const document = useDeferredValue(usePlanner((s) => s.document!));
  const { offers, comparison: settings, profile, taxByOffer, residency } = document;
  const comparison = useMemo(() => compareMemoised({ offers, comparison: settings, profile, taxByOffer, residency }), [offers, settings, profile, taxByOffer, residency]);
  return { comparison, document };
}

/**
 * The verdict and everything around it. The flip points re-solve the comparison dozens of times, so they
 * are computed from a deferred copy: typing stays responsive and the answer follows a moment later.
 */
export function useDecision(document: PlanDocument, comparison: OfferComparison): DecisionAnalysis {
  const deferredDocument = useDeferredValue(document);
  const deferredComparison = useDeferredValue(comparison);
  return useMemo(() => analysisMemoised(deferredDocument, deferredComparison, () => decisionAnalysis(deferredDocument, deferredComparison)), [deferredDocument, deferredComparison]);
}
