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

/** One offer's payments laid out once: a regular yearly amount paid monthly, and dated payments. */
interface Ledger {
  /** Per year: base + allowances (paid month by month). */
  monthlyPerYear: number[];
  /** Per year: the bonus and yearly subsidies, paid at the year's end. */
  yearEnd: number[];
  /** Dated payments (vests, sign-on, relocation, one-off subsidies) within the horizon, by month. */
  dated: { month: number; amountMinor: number }[];
}

// Keyed by the breakdown (one per offer and horizon, immutable): each offer is laid out once, not per month.
const ledgers = new WeakMap<object, Ledger>();

function ledgerOf(entry: Pick<OfferComparisonEntry, 'offer' | 'breakdown'>): Ledger {
  const hit = ledgers.get(entry.breakdown);
  if (hit) return hit;
  const { offer, breakdown } = entry;
  const horizonMonths = breakdown.horizonYears * 12;
  const dated: Ledger['dated'] = [];
  for (const grant of offer.equity) {
    for (const vest of offerGrantVests(offer, grant, horizonMonths)) dated.push({ month: vest.month, amountMinor: vest.valueMinor });
  }
  if (!isCurrentJob(offer)) {
    for (const installment of offer.signOn.installments) dated.push({ month: installment.month, amountMinor: installment.amountMinor });
    if (offer.relocation.kind !== 'none') dated.push({ month: offer.relocation.month, amountMinor: offer.relocation.amountMinor });
  }
  for (const subsidy of offer.subsidies) if (subsidy.kind === 'oneOff') dated.push({ month: subsidy.month, amountMinor: subsidy.amountMinor });
  const ledger: Ledger = {
    monthlyPerYear: breakdown.years.map((row) => row.base + offer.allowances.reduce((sum, allowance) => sum + allowanceForYear(allowance, row.year), 0)),
    yearEnd: breakdown.years.map((row) => row.bonus + offer.subsidies.filter((subsidy) => subsidy.kind === 'yearly' && row.year <= subsidy.years).reduce((sum, subsidy) => sum + subsidy.amountMinor, 0)),
    dated: dated.filter((payment) => yearOfMonth(payment.month) <= breakdown.horizonYears),
  };
  ledgers.set(entry.breakdown, ledger);
  return ledger;
}

/** What the offer pays in its own currency over its first m months, before tax, by year (index = year - 1). */
export function grossWithinMonths(entry: Pick<OfferComparisonEntry, 'offer' | 'breakdown'>, months: number): number[] {
  const ledger = ledgerOf(entry);
  const m = Math.min(months, entry.breakdown.horizonYears * 12);
  const result: number[] = [];
  for (let year = 1; year <= Math.ceil(m / 12); year += 1) {
    const monthsIn = Math.min(12, m - 12 * (year - 1));
    result.push(mulDivRound(ledger.monthlyPerYear[year - 1] ?? 0, monthsIn, 12) + (monthsIn === 12 ? (ledger.yearEnd[year - 1] ?? 0) : 0));
  }
  for (const payment of ledger.dated) {
    if (payment.month > m) continue;
    const index = yearOfMonth(payment.month) - 1;
    result[index] = (result[index] ?? 0) + payment.amountMinor;
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
