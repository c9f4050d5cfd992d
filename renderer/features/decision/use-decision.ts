import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { decisionCore, decisionFlipSteps, type DecisionCore, type DecisionFlips } from '../../../shared/decision/analysis';
import { runInSteps } from '../../components/run-in-steps';
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
 * offers), so they run after the comparison has been painted, a few steps per task
 * (renderer/components/run-in-steps.ts): until then the last solved flips are shown, marked as updating,
 * or none on a first open. A comparison already solved (reopening the screen) shows them at once.
 */
export function useDecisionFlips(document: PlanDocument, comparison: OfferComparison, plainVerdict: DecisionCore['plainVerdict']): { flips: DecisionFlips | null; isCurrent: boolean } {
  const known = flipsMemoised.peek(document, comparison);
  const [last, setLast] = useState<DecisionFlips | null>(null);
  useEffect(() => {
    if (known) return undefined;
    return runInSteps(decisionFlipSteps(document, comparison, plainVerdict), (solved) => {
      flipsMemoised.get(document, comparison, () => solved);
      setLast(solved);
    });
  }, [document, comparison, plainVerdict, known]);
  return known ? { flips: known, isCurrent: true } : { flips: last, isCurrent: false };
}
