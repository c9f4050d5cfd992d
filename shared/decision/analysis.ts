import type { OfferComparison } from '../offers/compare-offers';
import { isCurrentJob } from '../offers/current-job';
import { combinedRank, type CombinedRank } from './combined-rank';
import { topDrivers, type Driver } from './drivers';
import type { PlanForComparison } from './evaluate';
import { equityFlipPoints, fxFlipPoints, type EquityFlip, type FxFlip } from './flip-points';
import { moneyAtRisk, riskAdjustmentFor, type MoneyAtRisk } from './money-at-risk';
import { resolveDecisionSettings, type DecisionSettings } from './schema';
import { sensitivityBars, type SensitivityBar } from './sensitivity';
import { computeVerdict, type Verdict } from './verdict';

/** The current job as the baseline: what leaving it forfeits, and every other offer as +/- against it. */
export interface Baseline {
  currentJobId: string;
  /** Unvested equity leaving forfeits (home minor units; null if no rate). Already in staying's figures. */
  forfeitedEquityMinor: number | null;
  /** Each other offer's total minus the current job's, on the verdict's basis. */
  deltas: { offerId: string; deltaMinor: number }[];
}

export interface DecisionAnalysis {
  /** The verdict shown: risk-adjusted when the person asked for it. */
  verdict: Verdict;
  plainVerdict: Verdict;
  riskVerdict: Verdict;
  drivers: Driver[];
  risks: MoneyAtRisk[];
  fxFlips: FxFlip[];
  equityFlips: EquityFlip[];
  sensitivity: SensitivityBar[];
  combined: CombinedRank;
  baseline: Baseline | null;
}

export function baselineOf(comparison: OfferComparison, verdict: Verdict): Baseline | null {
  const current = comparison.entries.find((entry) => isCurrentJob(entry.offer));
  if (!current) return null;
  const own = verdict.ranking.find((row) => row.offerId === current.offer.id);
  return {
    currentJobId: current.offer.id,
    forfeitedEquityMinor: current.costOfLeavingHome.ok ? current.costOfLeavingHome.amountMinor : null,
    deltas: own
      ? verdict.ranking.filter((row) => row.offerId !== own.offerId).map((row) => ({ offerId: row.offerId, deltaMinor: row.totalMinor - own.totalMinor }))
      : [],
  };
}

/**
 * Everything the decision part of the comparison shows, from the plan and its comparison. The flip points
 * are solved for the verdict shown (plain or risk-adjusted totals differ only by the private-equity discount,
 * which the solvers leave out: they move the plan's own inputs).
 */
export function decisionAnalysis(document: PlanForComparison & { decision?: DecisionSettings }, comparison: OfferComparison): DecisionAnalysis {
  const settings = resolveDecisionSettings(document.decision);
  const rates = document.comparison.fx.rates;
  const plainVerdict = computeVerdict(comparison, { closeCallBp: settings.closeCallBp });
  const riskVerdict = computeVerdict(comparison, { closeCallBp: settings.closeCallBp, riskAdjustmentFor: riskAdjustmentFor(comparison, rates) });
  const verdict = settings.isRiskAdjusted ? riskVerdict : plainVerdict;
  const fxFlips = fxFlipPoints(document, plainVerdict);
  return {
    verdict,
    plainVerdict,
    riskVerdict,
    drivers: topDrivers(comparison, verdict),
    risks: moneyAtRisk(comparison, rates),
    fxFlips,
    equityFlips: equityFlipPoints(document, plainVerdict),
    sensitivity: sensitivityBars(document, plainVerdict, fxFlips),
    combined: combinedRank(comparison, verdict, settings.moneyWeightPercent),
    baseline: baselineOf(comparison, verdict),
  };
}
