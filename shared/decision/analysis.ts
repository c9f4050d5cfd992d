import { convertMinor, type FxRate } from '../money';
import type { OfferComparison } from '../offers/compare-offers';
import { isCurrentJob } from '../offers/current-job';
import { combinedRank, type CombinedRank } from './combined-rank';
import { topDrivers, type Driver } from './drivers';
import type { PlanForComparison } from './evaluate';
import { equityFlipPoints, fxFlipPoints, type EquityFlip, type FxFlip } from './flip-points';
import { leaveMonthFlip, type LeaveMonthFlip } from './leave-month';
import { moneyAtRisk, riskAdjustmentFor, type MoneyAtRisk } from './money-at-risk';
import { resolveDecisionSettings, type DecisionSettings } from './schema';
import { sensitivityBars, type SensitivityBar } from './sensitivity';
import { computeVerdict, type Verdict } from './verdict';

/** The current job as the baseline: what leaving it forfeits, and every other offer as +/- against it. */
export interface Baseline {
  currentJobId: string;
  /** Unvested equity leaving forfeits (home minor units; null if no rate). Already in staying's figures. */
  forfeitedEquityMinor: number | null;
  /** The bonus not yet paid that leaving forfeits (the year-1 bonus; home minor units; null if no rate). Also in staying's figures. */
  forfeitedBonusMinor: number | null;
  /** Everything leaving forfeits: what each other offer must beat (equity + bonus, converted once). */
  forfeitedTotalMinor: number | null;
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
  /** Leaving the leading new offer early: the month up to which that makes it the worse choice (leave-month.ts). */
  leaveFlip: LeaveMonthFlip | null;
  sensitivity: SensitivityBar[];
  combined: CombinedRank;
  baseline: Baseline | null;
}

export function baselineOf(comparison: OfferComparison, verdict: Verdict, rates: readonly FxRate[]): Baseline | null {
  const current = comparison.entries.find((entry) => isCurrentJob(entry.offer));
  if (!current) return null;
  const own = verdict.ranking.find((row) => row.offerId === current.offer.id);
  const home = (amountMinor: number) => {
    const converted = convertMinor(amountMinor, current.offer.currency, comparison.homeCurrency, rates);
    return converted.ok ? converted.amountMinor : null;
  };
  return {
    currentJobId: current.offer.id,
    forfeitedEquityMinor: home(current.costOfLeaving.equityForfeited),
    forfeitedBonusMinor: home(current.costOfLeaving.bonusForfeited),
    forfeitedTotalMinor: current.costOfLeavingHome.ok ? current.costOfLeavingHome.amountMinor : null,
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
  const leaveFlip = leaveMonthFlip(comparison, plainVerdict, rates);
  const sensitivity = sensitivityBars(document, plainVerdict, fxFlips);
  if (leaveFlip?.marginRangeMinor) {
    // Leaving the leader at any month of the horizon, as one more range bar (its lead at the worst and best month).
    const [low, high] = leaveFlip.marginRangeMinor;
    sensitivity.push({ factor: { kind: 'leaveMonth', offerId: leaveFlip.leaderId, months: comparison.horizonYears * 12 }, swingBp: 0, marginLowMinor: low, marginHighMinor: high });
  }
  return {
    verdict,
    plainVerdict,
    riskVerdict,
    drivers: topDrivers(comparison, verdict),
    risks: moneyAtRisk(comparison, rates),
    fxFlips,
    equityFlips: equityFlipPoints(document, plainVerdict),
    leaveFlip,
    sensitivity,
    combined: combinedRank(comparison, verdict, settings.moneyWeightPercent),
    baseline: baselineOf(comparison, verdict, rates),
  };
}
