import type { CurrencyCode } from '../money';
import type { Offer } from '../offers/offer-schema';
import type { VerdictBasis } from './basis';
import { offerTotalOn, smallestTrue, withEquityChange, withRate, type PlanForComparison } from './evaluate';
import { runToEnd, type Steps } from './steps';
import type { Verdict } from './verdict';

/**
 * What would flip the verdict, solved exactly on the real computation (tax, rounding and all):
 * - an exchange rate: the rate (in millionths, as stored) at which the runner-up comes out ahead;
 * - an offer's equity value: the change in its stock's value at which the order changes;
 * Both are monotone in the quantity moved (a marginal tax rate is below 100 %), so the boundary is found by
 * bisection on integers: the exact threshold, not a sample. A search range keeps answers plausible; where
 * nothing inside it flips the verdict, the result says so.
 */

/** Rates are searched from half to twice the entered rate. */
export const FX_RANGE_FACTOR = 2;
/** Equity is searched from worthless (-100 %) to eleven times its value (+1000 %). */
export const MAX_EQUITY_UP_BP = 100_000;
export const MAX_EQUITY_DOWN_BP = 10_000;

export interface FxFlip {
  kind: 'fx';
  base: CurrencyCode;
  quote: CurrencyCode;
  enteredMicros: number;
  rangeMicros: [number, number];
  /** 'below': the runner-up is ahead for every rate below thresholdMicros; 'above': for every rate above it. */
  status: 'below' | 'above' | 'noFlipInRange';
  thresholdMicros: number | null;
  runnerUpId: string;
}

export interface EquityFlip {
  kind: 'equity';
  offerId: string;
  /** The runner-up's stock worth more, or the leader's worth less. */
  role: 'runnerUp' | 'leader';
  status: 'flips' | 'noFlipInRange' | 'noEquity';
  /** Size of the change in basis points (3800 = 38 % more or less); null unless it flips. */
  changeBp: number | null;
}

function offerOf(document: PlanForComparison, id: string): Offer | undefined {
  return document.offers.find((offer) => offer.id === id);
}

/** Each rate that moves the leader's or the runner-up's total, with the rate at which the runner-up gets ahead. */
export function fxFlipPoints(document: PlanForComparison, verdict: Verdict): FxFlip[] {
  return runToEnd(fxFlipSteps(document, verdict));
}

/** fxFlipPoints one rate at a time: the caller may pause at each `yield` (the screen solves them between frames). */
export function* fxFlipSteps(document: PlanForComparison, verdict: Verdict): Steps<FxFlip[]> {
  const leader = verdict.leader && offerOf(document, verdict.leader.offerId);
  const runnerUp = verdict.runnerUp && offerOf(document, verdict.runnerUp.offerId);
  if (!leader || !runnerUp) return [];
  const rates = document.comparison.fx.rates;
  const basis: VerdictBasis = verdict.basis;
  const flips: FxFlip[] = [];
  // Only a rate between currencies these two offers touch can move their totals (checked again below).
  const touched = new Set<CurrencyCode>([leader.currency, runnerUp.currency, document.profile.homeCurrency, ...document.comparison.costOfLiving.map((entry) => entry.currency)]);
  for (const [index, rate] of rates.entries()) {
    if (!touched.has(rate.base) || !touched.has(rate.quote)) continue;
    yield;
    const at = (micros: number) => {
      const moved = withRate(rates, index, micros);
      return { l: offerTotalOn(document, leader, basis, moved), r: offerTotalOn(document, runnerUp, basis, moved) };
    };
    const entered = rate.rateMicros;
    const lo = Math.max(1, Math.ceil(entered / FX_RANGE_FACTOR));
    const hi = entered * FX_RANGE_FACTOR;
    const now = at(entered);
    const low = at(lo);
    const high = at(hi);
    if ([now, low, high].some((t) => t.l === null || t.r === null)) continue;
    // A rate that changes neither total (another pair) does not belong in the answer.
    if (low.l === now.l && low.r === now.r && high.l === now.l && high.r === now.r) continue;
    const isFlipped = (t: { l: number | null; r: number | null }) => (t.r ?? 0) > (t.l ?? 0);
    const flipsAt = (micros: number) => isFlipped(at(micros));
    const base = { kind: 'fx' as const, base: rate.base, quote: rate.quote, enteredMicros: entered, rangeMicros: [lo, hi] as [number, number], runnerUpId: runnerUp.id };
    if (isFlipped(low) && !isFlipped(now)) {
      // Flipped at lo, not at entered: the smallest rate that is NOT flipped is the threshold (flipped below it).
      const threshold = smallestTrue(lo, entered, (micros) => !flipsAt(micros));
      flips.push({ ...base, status: 'below', thresholdMicros: threshold });
    } else if (isFlipped(high) && !isFlipped(now)) {
      // Flipped at hi: the smallest flipped rate; flipped at it and above.
      const first = smallestTrue(entered, hi, flipsAt);
      flips.push({ ...base, status: 'above', thresholdMicros: first - 1 });
    } else {
      flips.push({ ...base, status: 'noFlipInRange', thresholdMicros: null });
    }
  }
  return flips;
}

/**
 * The runner-up's stock worth how much more, and the leader's worth how much less, to change the order.
 * 'above' thresholdMicros means: flipped for every rate strictly above it.
 */
export function equityFlipPoints(document: PlanForComparison, verdict: Verdict): EquityFlip[] {
  return runToEnd(equityFlipSteps(document, verdict));
}

/** equityFlipPoints with a pause (`yield`) between the runner-up's search and the leader's. */
export function* equityFlipSteps(document: PlanForComparison, verdict: Verdict): Steps<EquityFlip[]> {
  const leader = verdict.leader && offerOf(document, verdict.leader.offerId);
  const runnerUp = verdict.runnerUp && offerOf(document, verdict.runnerUp.offerId);
  if (!leader || !runnerUp) return [];
  const basis = verdict.basis;
  const leaderNow = offerTotalOn(document, leader, basis);
  const runnerUpNow = offerTotalOn(document, runnerUp, basis);
  if (leaderNow === null || runnerUpNow === null) return [];
  const hasEquity = (offer: Offer) => offerTotalOn(document, withEquityChange(offer, -MAX_EQUITY_DOWN_BP), basis) !== offerTotalOn(document, offer, basis);

  const up: EquityFlip = { kind: 'equity', offerId: runnerUp.id, role: 'runnerUp', status: 'noEquity', changeBp: null };
  if (hasEquity(runnerUp)) {
    const beats = (bp: number) => (offerTotalOn(document, withEquityChange(runnerUp, bp), basis) ?? 0) > leaderNow;
    if (beats(MAX_EQUITY_UP_BP)) up.status = 'flips';
    else up.status = 'noFlipInRange';
    if (up.status === 'flips') up.changeBp = smallestTrue(0, MAX_EQUITY_UP_BP, beats);
  }
  yield;
  const down: EquityFlip = { kind: 'equity', offerId: leader.id, role: 'leader', status: 'noEquity', changeBp: null };
  if (hasEquity(leader)) {
    const loses = (bp: number) => (offerTotalOn(document, withEquityChange(leader, -bp), basis) ?? 0) < runnerUpNow;
    down.status = loses(MAX_EQUITY_DOWN_BP) ? 'flips' : 'noFlipInRange';
    if (down.status === 'flips') down.changeBp = smallestTrue(0, MAX_EQUITY_DOWN_BP, loses);
  }
  return [up, down];
}
