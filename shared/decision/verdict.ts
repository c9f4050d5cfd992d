import type { CurrencyCode } from '../money';
import { CLOSE_CALL_BP, isCloseCall } from '../offers/close-call';
import type { OfferComparison } from '../offers/compare-offers';
import { basisTotals, chooseBasis, totalOn, type BasisTotals, type VerdictBasis, type WhatToAdd } from './basis';

export interface RankedOffer {
  offerId: string;
  company: string;
  isCurrentJob: boolean;
  /** Horizon total on the verdict's basis, home-currency minor units (risk-adjusted when asked). */
  totalMinor: number;
}

export interface Verdict {
  /** 'ok': two or more offers compared; 'single': only one has figures; 'none': nothing to compare. */
  status: 'ok' | 'single' | 'none';
  leader: RankedOffer | null;
  runnerUp: RankedOffer | null;
  /** leader - runnerUp, home minor units; 0 when there is no runner-up. */
  marginMinor: number;
  /** The margin as a share of the runner-up's total, basis points, rounded half up; null if that total is not positive. */
  percentBp: number | null;
  basis: VerdictBasis;
  horizonYears: number;
  homeCurrency: CurrencyCode;
  whatToAdd: WhatToAdd[];
  /** Leader and runner-up within closeCallBp of the larger total, on the same basis and horizon. */
  isCloseCall: boolean;
  isTie: boolean;
  closeCallBp: number;
  isRiskAdjusted: boolean;
  /** Every compared offer, best first (ties keep the comparison's order). */
  ranking: RankedOffer[];
  totals: BasisTotals[];
}

export interface VerdictOptions {
  /** Close-call threshold in basis points of the larger total; 200 (2 %) unless the person changed it. */
  closeCallBp?: number;
  /**
   * Amount to take off each offer's total for the risk-adjusted verdict (home minor units, on the chosen
   * basis), from money-at-risk.ts. Absent: the plain verdict.
   */
  riskAdjustmentFor?: (offerId: string, basis: VerdictBasis) => number;
}

/** round(margin x 10000 / runnerUp), half up, exactly (both are integers). */
function percentOf(marginMinor: number, runnerUpMinor: number): number | null {
  if (runnerUpMinor <= 0) return null;
  const num = BigInt(marginMinor) * 10_000n;
  const den = BigInt(runnerUpMinor);
  return Number((num * 2n + den) / (2n * den));
}

/**
 * Which offer comes out ahead over the comparison's horizon, by how much and on which basis: the one-sentence
 * answer at the top of the comparison. Pure: a function of the comparison (itself derived from the plan).
 */
export function computeVerdict(comparison: OfferComparison, options: VerdictOptions = {}): Verdict {
  const closeCallBp = options.closeCallBp ?? CLOSE_CALL_BP;
  const totals = comparison.entries.map(basisTotals);
  const choice = chooseBasis(totals);
  const byId = new Map(comparison.entries.map((entry) => [entry.offer.id, entry]));
  const adjust = options.riskAdjustmentFor;
  const ranking: RankedOffer[] = [];
  for (const t of totals) {
    const value = totalOn(t, choice.basis);
    const entry = byId.get(t.offerId);
    if (value === null || !entry || !choice.comparedIds.includes(t.offerId)) continue;
    ranking.push({
      offerId: t.offerId,
      company: entry.offer.company,
      isCurrentJob: entry.offer.kind === 'currentJob',
      totalMinor: adjust ? value - adjust(t.offerId, choice.basis) : value,
    });
  }
  // Stable: equal totals keep the order in which the person lists the offers.
  ranking.sort((a, b) => b.totalMinor - a.totalMinor);
  const leader = ranking[0] ?? null;
  const runnerUp = ranking[1] ?? null;
  const marginMinor = leader && runnerUp ? leader.totalMinor - runnerUp.totalMinor : 0;
  return {
    status: ranking.length === 0 ? 'none' : ranking.length === 1 ? 'single' : 'ok',
    leader,
    runnerUp,
    marginMinor,
    percentBp: leader && runnerUp ? percentOf(marginMinor, runnerUp.totalMinor) : null,
    basis: choice.basis,
    horizonYears: comparison.horizonYears,
    homeCurrency: comparison.homeCurrency,
    whatToAdd: choice.whatToAdd,
    isCloseCall: leader !== null && runnerUp !== null && isCloseCall(leader.totalMinor, runnerUp.totalMinor, closeCallBp),
    isTie: leader !== null && runnerUp !== null && marginMinor === 0,
    closeCallBp,
    isRiskAdjusted: adjust !== undefined,
    ranking,
    totals,
  };
}
