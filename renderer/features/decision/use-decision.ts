import { useDeferredValue, useMemo } from 'react';
import { decisionCore, decisionFlips, type DecisionCore, type DecisionFlips } from '../../../shared/decision/analysis';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { usePlanner } from '../../store';
import { compareMemoised, coreMemoised, flipsMemoised } from '../offers/comparison-memo';

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

/** The verdict and what it rests on: one pass over the comparison, drawn with it. */
export function useDecision(document: PlanDocument, comparison: OfferComparison): DecisionCore {
  return useMemo(() => coreMemoised(document, comparison, () => decisionCore(document, comparison)), [document, comparison]);
}

/**
 * What would flip the verdict. The solvers re-evaluate the comparison dozens of times (about 0.1 s with 50
 * offers), so they run in a render of their own after the comparison is on screen: null until then, unless
 * the same comparison was solved before (reopening the screen shows it at once). Typing stays responsive
 * while they follow.
 */
export function useDecisionFlips(document: PlanDocument, comparison: OfferComparison, plainVerdict: DecisionCore['plainVerdict']): DecisionFlips | null {
  const known = flipsMemoised.peek(document, comparison);
  const inputs = useMemo(() => ({ document, comparison, plainVerdict }), [document, comparison, plainVerdict]);
  const deferred = useDeferredValue<typeof inputs | null>(inputs, known ? inputs : null);
  const solved = useMemo(
    () => (deferred ? flipsMemoised.get(deferred.document, deferred.comparison, () => decisionFlips(deferred.document, deferred.comparison, deferred.plainVerdict)) : null),
    [deferred],
  );
  return known ?? solved;
}
