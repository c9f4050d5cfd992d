import { addMonthsIso, type IsoDate } from '../dates/iso-date';
import { convertMinor, mulDivRound, type FxRate } from '../money';
import type { OfferComparison, OfferComparisonEntry } from '../offers/compare-offers';
import { clawbackOwed } from '../offers/cost-of-leaving';
import { isCurrentJob, offerGrantVests } from '../offers/current-job';
import { allowanceForYear } from '../offers/allowances';
import { yearOfMonth } from '../offers/year-rule';
import type { VerdictBasis } from './basis';
import type { Verdict } from './verdict';

/**
 * The leaving-month flip point. The rule (docs/decisions/0009): leaving the leading new offer at the end of
 * month m (counted from its start), BOTH offers are counted over the same first m months, as the money
 * received by then; whatever the person does afterwards is the same either way and left out.
 * - base and allowances: month by month (a year's amount / 12 per month);
 * - each year's bonus and each yearly subsidy: paid at the end of that year (nothing for a year not finished);
 * - equity: the vests at or before month m; sign-on, relocation and one-off subsidies paid at or before m;
 * - the offer left repays what its clawbacks take back when leaving at m; the other offer is kept, so owes nothing;
 * - after tax: each year's part is taxed at that year's average rate (take-home / gross of the full year), a
 *   clawback comes out of take-home in full, and living costs run month by month.
 * At the end of the horizon this is the verdict's own total, to the minor unit. Every month of the horizon is
 * evaluated, so the answer is exact, not sampled.
 */

export interface LeaveMonthFlip {
  kind: 'leaveMonth';
  /**
   * 'flips': leaving the leader in its first `lastWorseMonth` months (at some month in that span) makes it the
   * worse choice; staying longer keeps it ahead. 'neverWorse': at no month. 'stayingLeads': the leader is the
   * current job, so there is no new job to leave. 'unknown': a figure is missing (rate or tax).
   */
  status: 'flips' | 'neverWorse' | 'stayingLeads' | 'unknown';
  leaderId: string;
  runnerUpId: string;
  /** The last month m (1..horizon x 12) at which leaving the leader leaves less than the runner-up. */
  lastWorseMonth: number | null;
  /** Whether it is worse at EVERY month up to lastWorseMonth (else only at some of them). */
  isWorseThroughout: boolean;
  /** The runs of months at which leaving makes it the worse choice, [first, last], in order. */
  worseRanges: [number, number][];
  /** The leader's start date plus lastWorseMonth months: leaving on or before it makes it the worse choice. */
  lastWorseDate: IsoDate | null;
  /** The leader's lead over the runner-up at the worst and the best leaving month (home minor units), for the sensitivity chart. */
  marginRangeMinor: [number, number] | null;
}

/** What the offer pays in its own currency over its first m months, before tax, by year (index = year - 1). */
export function grossWithinMonths(entry: Pick<OfferComparisonEntry, 'offer' | 'breakdown'>, months: number): number[] {
  const { offer, breakdown } = entry;
  const horizonMonths = breakdown.horizonYears * 12;
  const m = Math.min(months, horizonMonths);
  const years = Math.ceil(m / 12);
  const isCurrent = isCurrentJob(offer);
  const result: number[] = [];
  const within = (month: number, year: number) => month <= m && yearOfMonth(month) === year;
  const vests = offer.equity.flatMap((grant) => offerGrantVests(offer, grant, horizonMonths));
  for (let year = 1; year <= years; year += 1) {
    const row = breakdown.years[year - 1];
    if (!row) break;
    const monthsIn = Math.min(12, m - 12 * (year - 1));
    const isYearDone = monthsIn === 12;
    let total = mulDivRound(row.base, monthsIn, 12);
    if (isYearDone) total += row.bonus;
    total += mulDivRound(offer.allowances.reduce((sum, allowance) => sum + allowanceForYear(allowance, year), 0), monthsIn, 12);
    for (const subsidy of offer.subsidies) {
      if (subsidy.kind === 'oneOff' ? within(subsidy.month, year) : isYearDone && year <= subsidy.years) total += subsidy.amountMinor;
    }
    for (const vest of vests) if (within(vest.month, year)) total += vest.valueMinor;
    if (!isCurrent) {
      for (const installment of offer.signOn.installments) if (within(installment.month, year)) total += installment.amountMinor;
      if (offer.relocation.kind !== 'none' && within(offer.relocation.month, year)) total += offer.relocation.amountMinor;
    }
    result.push(total);
  }
  return result;
}

/** What leaving at the end of month m repays (sign-on and relocation clawbacks), offer currency. */
export function clawbackAtMonth(entry: Pick<OfferComparisonEntry, 'offer'>, months: number): number {
  const { offer } = entry;
  if (isCurrentJob(offer)) return 0;
  const signOnReceived = offer.signOn.installments.filter((i) => i.month <= months).reduce((sum, i) => sum + i.amountMinor, 0);
  const relocationReceived = offer.relocation.kind !== 'none' && offer.relocation.month <= months ? offer.relocation.amountMinor : 0;
  return clawbackOwed(offer.signOn.clawback, signOnReceived, months) + clawbackOwed(offer.relocation.clawback, relocationReceived, months);
}

/**
 * The offer's total on the verdict's basis over its first m months, home-currency minor units (one
 * conversion, as the verdict's total); `isLeft` subtracts what leaving at m repays. null if a figure is missing.
 */
export function totalWithinMonths(entry: OfferComparisonEntry, months: number, basis: VerdictBasis, isLeft: boolean, rates: readonly FxRate[], homeCurrency: OfferComparison['homeCurrency']): number | null {
  const gross = grossWithinMonths(entry, months);
  let total = 0;
  for (let index = 0; index < gross.length; index += 1) {
    const part = gross[index] ?? 0;
    if (basis === 'gross') {
      total += part;
      continue;
    }
    const figures = entry.afterTax?.years[index] ?? null;
    const fullGross = entry.breakdown.years[index]?.total ?? 0;
    if (!figures) return null;
    total += fullGross === 0 ? 0 : mulDivRound(part, figures.takeHomeMinor, fullGross);
    if (basis === 'left') {
      if (figures.leftMinor === null) return null;
      const monthsIn = Math.min(12, months - 12 * index);
      total -= mulDivRound(figures.takeHomeMinor - figures.leftMinor, monthsIn, 12);
    }
  }
  if (isLeft) total -= clawbackAtMonth(entry, months);
  const converted = convertMinor(total, entry.offer.currency, homeCurrency, rates);
  return converted.ok ? converted.amountMinor : null;
}

/** The leaving-month flip point of the verdict (the plain one: the solvers move the plan's own inputs). */
export function leaveMonthFlip(comparison: OfferComparison, verdict: Verdict, rates: readonly FxRate[]): LeaveMonthFlip | null {
  if (!verdict.leader || !verdict.runnerUp) return null;
  const leaderId = verdict.leader.offerId;
  const runnerUpId = verdict.runnerUp.offerId;
  const base: LeaveMonthFlip = { kind: 'leaveMonth', status: 'unknown', leaderId, runnerUpId, lastWorseMonth: null, isWorseThroughout: false, worseRanges: [], lastWorseDate: null, marginRangeMinor: null };
  if (verdict.leader.isCurrentJob) return { ...base, status: 'stayingLeads' };
  const leader = comparison.entries.find((entry) => entry.offer.id === leaderId);
  const runnerUp = comparison.entries.find((entry) => entry.offer.id === runnerUpId);
  if (!leader || !runnerUp) return base;
  const worse: boolean[] = [];
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let month = 1; month <= comparison.horizonYears * 12; month += 1) {
    const l = totalWithinMonths(leader, month, verdict.basis, true, rates, comparison.homeCurrency);
    const r = totalWithinMonths(runnerUp, month, verdict.basis, false, rates, comparison.homeCurrency);
    if (l === null || r === null) return base;
    worse.push(l < r);
    low = Math.min(low, l - r);
    high = Math.max(high, l - r);
  }
  const marginRangeMinor: [number, number] = [low, high];
  const last = worse.lastIndexOf(true);
  if (last < 0) return { ...base, status: 'neverWorse', marginRangeMinor };
  const lastWorseMonth = last + 1;
  const worseRanges: [number, number][] = [];
  worse.forEach((isWorse, index) => {
    const month = index + 1;
    const run = worseRanges[worseRanges.length - 1];
    if (!isWorse) return;
    if (run && run[1] === month - 1) run[1] = month;
    else worseRanges.push([month, month]);
  });
  return {
    ...base,
    status: 'flips',
    lastWorseMonth,
    isWorseThroughout: worse.slice(0, lastWorseMonth).every(Boolean),
    worseRanges,
    marginRangeMinor,
    lastWorseDate: addMonthsIso(leader.offer.startDate, lastWorseMonth),
  };
}
