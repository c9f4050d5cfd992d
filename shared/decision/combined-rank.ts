import { mulDivRound } from '../money';
import type { OfferComparison } from '../offers/compare-offers';
import type { Verdict } from './verdict';

/**
 * Money and the non-money criteria in one rank. Each offer's money score is its verdict total as a share of
 * the best total, out of 10 (the best scores 10.00; a total at or below zero scores 0); its criteria score is
 * the weighted 0-10 score the criteria card shows. combined = w x money + (100 - w) x criteria, over 100, with
 * w the money weight in percent. All in hundredths (895 = 8.95), rounded half away from zero once each.
 */
export interface CombinedRankRow {
  offerId: string;
  moneyHundredths: number;
  criteriaHundredths: number;
  combinedHundredths: number;
  rank: number;
}

export interface CombinedRank {
  moneyWeightPercent: number;
  /** Without criteria the rank is money alone, whatever the weight (and the card says so). */
  hasCriteria: boolean;
  rows: CombinedRankRow[];
}

export function combinedRank(comparison: OfferComparison, verdict: Verdict, moneyWeightPercent: number): CombinedRank {
  const best = verdict.leader?.totalMinor ?? 0;
  const criteriaById = new Map(comparison.entries.map((entry) => [entry.offer.id, entry.criteria.scoreHundredths]));
  const hasCriteria = comparison.hasCriteria;
  const weight = hasCriteria ? moneyWeightPercent : 100;
  const rows = verdict.ranking.map((offer) => {
    const moneyHundredths = best <= 0 || offer.totalMinor <= 0 ? 0 : mulDivRound(offer.totalMinor, 1_000, best);
    const criteriaHundredths = criteriaById.get(offer.offerId) ?? 0;
    const combinedHundredths = mulDivRound(weight * moneyHundredths + (100 - weight) * criteriaHundredths, 1, 100);
    return { offerId: offer.offerId, moneyHundredths, criteriaHundredths, combinedHundredths, rank: 0 };
  });
  for (const row of rows) row.rank = 1 + rows.filter((other) => other.combinedHundredths > row.combinedHundredths).length;
  rows.sort((a, b) => a.rank - b.rank);
  return { moneyWeightPercent: weight, hasCriteria, rows };
}
