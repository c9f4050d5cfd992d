import { convertMinor, type FxRate } from '../money';
import type { OfferComparison } from '../offers/compare-offers';
import { isCurrentJob } from '../offers/current-job';
import { combinedRank, type CombinedRank } from './combined-rank';
import { topDrivers, type Driver } from './drivers';
import type { PlanForComparison } from './evaluate';
import { equityFlipSteps, fxFlipSteps, type EquityFlip, type FxFlip } from './flip-points';
import { leaveMonthFlip, type LeaveMonthFlip } from './leave-month';
import { moneyAtRisk, riskAdjustmentFor, type MoneyAtRisk } from './money-at-risk';
import { resolveDecisionSettings, type DecisionSettings } from './schema';
import { sensitivityBars, type SensitivityBar } from './sensitivity';
import { runToEnd, type Steps } from './steps';
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

/** The answer and what it rests on: cheap to compute (one pass over the comparison). */
export interface DecisionCore {
  /** The verdict shown: risk-adjusted when the person asked for it. */
  verdict: Verdict;
  plainVerdict: Verdict;
  riskVerdict: Verdict;
  drivers: Driver[];
  risks: MoneyAtRisk[];
  combined: CombinedRank;
  baseline: Baseline | null;
}

/** What would flip the verdict: each solver re-evaluates the comparison dozens of times, so this is the costly part. */
export interface DecisionFlips {
  fxFlips: FxFlip[];
  equityFlips: EquityFlip[];
  /** Leaving the leading new offer early: the month up to which that makes it the worse choice (leave-month.ts). */
  leaveFlip: LeaveMonthFlip | null;
  sensitivity: SensitivityBar[];
}

export type DecisionAnalysis = DecisionCore & DecisionFlips;

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

type DecisionDocument = PlanForComparison & { decision?: DecisionSettings };

/**
 * The verdict (plain and risk-adjusted), its drivers, the money at risk, the combined rank and the current
 * job as the baseline.
 */
export function decisionCore(document: DecisionDocument, comparison: OfferComparison): DecisionCore {
  const settings = resolveDecisionSettings(document.decision);
  const rates = document.comparison.fx.rates;
  const plainVerdict = computeVerdict(comparison, { closeCallBp: settings.closeCallBp });
  const riskVerdict = computeVerdict(comparison, { closeCallBp: settings.closeCallBp, riskAdjustmentFor: riskAdjustmentFor(comparison, rates) });
  const verdict = settings.isRiskAdjusted ? riskVerdict : plainVerdict;
  return {
    verdict,
    plainVerdict,
    riskVerdict,
    drivers: topDrivers(comparison, verdict),
    risks: moneyAtRisk(comparison, rates),
    combined: combinedRank(comparison, verdict, settings.moneyWeightPercent),
    baseline: baselineOf(comparison, verdict, rates),
  };
}

/**
 * The flip points and the sensitivity bars, solved for the plain verdict (plain and risk-adjusted totals
 * differ only by the private-equity discount, which the solvers leave out: they move the plan's own inputs).
 */
export function decisionFlips(document: DecisionDocument, comparison: OfferComparison, plainVerdict: Verdict): DecisionFlips {
  return runToEnd(decisionFlipSteps(document, comparison, plainVerdict));
}

/** decisionFlips in steps: it pauses (`yield`) between rates, between the two equity searches and between solvers. */
export function* decisionFlipSteps(document: DecisionDocument, comparison: OfferComparison, plainVerdict: Verdict): Steps<DecisionFlips> {
  const rates = document.comparison.fx.rates;
  const fxFlips = yield* fxFlipSteps(document, plainVerdict);
  yield;
  const leaveFlip = leaveMonthFlip(comparison, plainVerdict, rates);
  yield;
  const sensitivity = sensitivityBars(document, plainVerdict, fxFlips);
  if (leaveFlip?.marginRangeMinor) {
    // Leaving the leader at any month of the horizon, as one more range bar (its lead at the worst and best month).
    const [low, high] = leaveFlip.marginRangeMinor;
    sensitivity.push({ factor: { kind: 'leaveMonth', offerId: leaveFlip.leaderId, months: comparison.horizonYears * 12 }, swingBp: 0, marginLowMinor: low, marginHighMinor: high });
  }
  yield;
  const equityFlips = yield* equityFlipSteps(document, plainVerdict);
  return { fxFlips, equityFlips, leaveFlip, sensitivity };
}

/** Everything the decision part of the comparison shows, from the plan and its comparison. */
export function decisionAnalysis(document: DecisionDocument, comparison: OfferComparison): DecisionAnalysis {
  const core = decisionCore(document, comparison);
  return { ...core, ...decisionFlips(document, comparison, core.plainVerdict) };
}
