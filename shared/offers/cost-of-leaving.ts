import { mulDivRound } from '../money';
import type { Clawback, Offer } from './offer-schema';
import { isCurrentJob, offerGrantVests } from './current-job';
import { firstYearBase } from './base-salary';
import { bonusForYear } from './bonus';

/**
 * What leaving at month N costs, in the offer's currency. Anything paid or vesting at a month <= N has
 * been received (the same reading as the year rule: a payment at month N is earned by then).
 */
export interface CostOfLeaving {
  leaveMonth: number;
  signOnOwed: number;
  relocationOwed: number;
  /** Unvested value of the grant and of refreshers granted by month N, valued as in the breakdown. */
  equityForfeited: number;
  /**
   * Current job only: the bonus not yet paid. A year's bonus is paid at the end of that year, so leaving on
   * the move date forfeits the year-1 bonus that staying's figures count. 0 for a new offer.
   */
  bonusForfeited: number;
  total: number;
  grants: { grantId: string; grantMonth: number; isRefresher: boolean; forfeitedMinor: number }[];
}

/**
 * The repayment due on `receivedMinor` when leaving at month N. Leaving before month M ('untilMonth')
 * repays everything ('full') or the unserved share (M - N) / M ('proRata'); at or after M nothing is owed.
 */
export function clawbackOwed(clawback: Clawback, receivedMinor: number, leaveMonth: number): number {
  if (clawback.kind === 'none' || leaveMonth >= clawback.untilMonth) return 0;
  if (clawback.kind === 'full') return receivedMinor;
  return mulDivRound(receivedMinor, clawback.untilMonth - leaveMonth, clawback.untilMonth);
}

/**
 * For the current job, leaving means leaving at the start date (month 0): every vest still to come is
 * forfeited, whatever leaveMonth says, and so is the bonus not yet paid (the year-1 bonus, paid at the end of
 * that year); no sign-on or relocation is owed.
 */
export function costOfLeaving(offer: Offer, requestedLeaveMonth: number): CostOfLeaving {
  const isCurrent = isCurrentJob(offer);
  const leaveMonth = isCurrent ? 0 : requestedLeaveMonth;
  const signOnReceived = isCurrent ? 0 : offer.signOn.installments
    .filter((installment) => installment.month <= leaveMonth)
    .reduce((sum, installment) => sum + installment.amountMinor, 0);
  const relocationReceived =
    !isCurrent && offer.relocation.kind !== 'none' && offer.relocation.month <= leaveMonth ? offer.relocation.amountMinor : 0;
  const grants: CostOfLeaving['grants'] = [];
  for (const grant of offer.equity) {
    const byGrantMonth = new Map<number, number>();
    for (const vest of offerGrantVests(offer, grant, leaveMonth)) {
      const unvested = vest.month > leaveMonth ? vest.valueMinor : 0;
      byGrantMonth.set(vest.grantMonth, (byGrantMonth.get(vest.grantMonth) ?? 0) + unvested);
    }
    for (const [grantMonth, forfeitedMinor] of byGrantMonth) {
      grants.push({ grantId: grant.id, grantMonth, isRefresher: grantMonth > 0, forfeitedMinor });
    }
  }
  const signOnOwed = clawbackOwed(offer.signOn.clawback, signOnReceived, leaveMonth);
  const relocationOwed = clawbackOwed(offer.relocation.clawback, relocationReceived, leaveMonth);
  const equityForfeited = grants.reduce((sum, grant) => sum + grant.forfeitedMinor, 0);
  const bonusForfeited = isCurrent ? bonusForYear(offer.bonus, firstYearBase(offer.base)) : 0;
  return {
    leaveMonth,
    signOnOwed,
    relocationOwed,
    equityForfeited,
    bonusForfeited,
    total: signOnOwed + relocationOwed + equityForfeited + bonusForfeited,
    grants,
  };
}
