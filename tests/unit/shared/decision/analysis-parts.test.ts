import { describe, expect, it } from 'vitest';
import { comparePlan, decisionAnalysis, decisionCore, decisionFlips } from '../../../../shared/decision';
import { decisionFlipSteps } from '../../../../shared/decision/analysis';
import { equityFlipPoints, fxFlipPoints } from '../../../../shared/decision/flip-points';
import { leaveMonthFlip } from '../../../../shared/decision/leave-month';
import type { Offer } from '../../../../shared/offers/schema';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { offerA, offerB } from '../offers/fixtures';

/**
 * The comparison screen draws the verdict (decisionCore) first and the flip points (decisionFlips) in a
 * render of their own: together they must be exactly the whole analysis, with the flips solved for the
 * plain verdict even when the risk-adjusted one is shown.
 */
describe('decisionCore and decisionFlips', () => {
  const base = createEmptyPlan();
  const offers: Offer[] = [offerA(), offerB()];
  const fx = { ...base.comparison.fx, rates: [{ base: 'USD' as const, quote: 'CNY' as const, rateMicros: 7_100_000 }] };
  const plans = [
    { name: 'plain', document: { ...base, offers, comparison: { ...base.comparison, horizonYears: 4, fx } } },
    { name: 'risk-adjusted', document: { ...base, offers, comparison: { ...base.comparison, horizonYears: 4, fx }, decision: { isRiskAdjusted: true } } },
  ];

  for (const { name, document } of plans) {
    it(`make up the whole analysis (${name})`, () => {
      const comparison = comparePlan(document);
      const core = decisionCore(document, comparison);
      const flips = decisionFlips(document, comparison, core.plainVerdict);
      const whole = decisionAnalysis(document, comparison);
      expect({ ...core, ...flips }).toEqual(whole);
      // A real comparison with two offers and a rate between them: there is something to flip.
      expect(whole.verdict.leader).not.toBeNull();
      expect(flips.fxFlips.length).toBeGreaterThan(0);
    });
  }

  // The screen runs the flip solvers a few steps per task (renderer/components/run-in-steps.ts).
  it('are solved in several steps, ending with the same flips as the solvers run one after another', () => {
    const document = plans[0]!.document;
    const comparison = comparePlan(document);
    const { plainVerdict } = decisionCore(document, comparison);
    const steps = decisionFlipSteps(document, comparison, plainVerdict);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    // One rate (USD/CNY), then leaving, sensitivity and the two equity searches: at least five pauses.
    expect(pauses).toBeGreaterThanOrEqual(5);
    const rates = document.comparison.fx.rates;
    expect(step.value.fxFlips).toEqual(fxFlipPoints(document, plainVerdict));
    expect(step.value.equityFlips).toEqual(equityFlipPoints(document, plainVerdict));
    expect(step.value.leaveFlip).toEqual(leaveMonthFlip(comparison, plainVerdict, rates));
    expect(step.value).toEqual(decisionFlips(document, comparison, plainVerdict));
  });
});
