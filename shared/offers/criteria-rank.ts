import { mulDivRound } from '../money';
import type { ComparisonSettings, Criterion } from './settings-schema';

export interface CriteriaRank {
  offerId: string;
  /** Weighted average score 0..10, in hundredths (745 = 7.45), so ties are exact. */
  scoreHundredths: number;
  /** 1 = best; equal scores share a rank (1, 1, 3). */
  rank: number;
  /** Criteria with a weight but no score for this offer; they count as 0. */
  missingScores: number;
}

/** Weighted non-money rank: sum(weight x score) / sum(weight), rounded half away from zero to hundredths. */
export function rankByCriteria(
  offerIds: readonly string[],
  criteria: readonly Criterion[],
  scores: ComparisonSettings['scores'],
): CriteriaRank[] {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const scored = offerIds.map((offerId) => {
    const own = scores[offerId] ?? {};
    let weighted = 0;
    let missingScores = 0;
    for (const criterion of criteria) {
      const score = own[criterion.id];
      if (score === undefined) {
        if (criterion.weight > 0) missingScores += 1;
      } else {
        weighted += criterion.weight * score;
      }
    }
    const scoreHundredths = totalWeight === 0 ? 0 : mulDivRound(weighted, 100, totalWeight);
    return { offerId, scoreHundredths, missingScores };
  });
  return scored.map((entry) => ({
    ...entry,
    rank: 1 + scored.filter((other) => other.scoreHundredths > entry.scoreHundredths).length,
  }));
}
