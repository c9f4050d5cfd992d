import { mulDivRound } from '../money';
import type { Offer } from '../offers/offer-schema';
import { offerTotalOn, withEquityChange, withRate, type PlanForComparison } from './evaluate';
import type { FxFlip } from './flip-points';
import type { Verdict } from './verdict';

/** How far each factor is moved for the sensitivity chart: the rates by the what-if percent, equity by 25 %. */
export const EQUITY_SWING_BP = 2_500;

export interface SensitivityBar {
  /** 'fx' names a rate (base/quote); 'equity' an offer's stock. */
  factor: { kind: 'fx'; base: string; quote: string } | { kind: 'equity'; offerId: string } | { kind: 'leaveMonth'; offerId: string; months: number };
  swingBp: number;
  /** leader - runner-up with the factor moved down and up (home minor units); negative: the runner-up is ahead. */
  marginLowMinor: number;
  marginHighMinor: number;
}

/**
 * Range bars for a tornado chart: the margin when each factor moves down and up. Sorted widest first. The
 * zero line is where the verdict flips; the flip points themselves are solved exactly in flip-points.ts.
 */
export function sensitivityBars(document: PlanForComparison, verdict: Verdict, fxFlips: readonly FxFlip[]): SensitivityBar[] {
  const leader = verdict.leader && document.offers.find((o) => o.id === verdict.leader?.offerId);
  const runnerUp = verdict.runnerUp && document.offers.find((o) => o.id === verdict.runnerUp?.offerId);
  if (!leader || !runnerUp) return [];
  const basis = verdict.basis;
  const rates = document.comparison.fx.rates;
  const margin = (l: Offer, r: Offer, moved = rates) => {
    const a = offerTotalOn(document, l, basis, moved);
    const b = offerTotalOn(document, r, basis, moved);
    return a === null || b === null ? null : a - b;
  };
  const bars: SensitivityBar[] = [];
  const swing = document.comparison.whatIfBp;
  for (const flip of fxFlips) {
    const index = rates.findIndex((rate) => rate.base === flip.base && rate.quote === flip.quote);
    if (index < 0 || swing === 0) continue;
    const low = margin(leader, runnerUp, withRate(rates, index, Math.max(1, mulDivRound(flip.enteredMicros, 10_000 - swing, 10_000))));
    const high = margin(leader, runnerUp, withRate(rates, index, mulDivRound(flip.enteredMicros, 10_000 + swing, 10_000)));
    if (low !== null && high !== null) bars.push({ factor: { kind: 'fx', base: flip.base, quote: flip.quote }, swingBp: swing, marginLowMinor: low, marginHighMinor: high });
  }
  for (const [offer, isLeader] of [
    [leader, true],
    [runnerUp, false],
  ] as const) {
    const moved = (bp: number) => (isLeader ? margin(withEquityChange(leader, bp), runnerUp) : margin(leader, withEquityChange(runnerUp, bp)));
    const low = moved(-EQUITY_SWING_BP);
    const high = moved(EQUITY_SWING_BP);
    if (low === null || high === null || low === high) continue;
    bars.push({ factor: { kind: 'equity', offerId: offer.id }, swingBp: EQUITY_SWING_BP, marginLowMinor: low, marginHighMinor: high });
  }
  return bars.sort((a, b) => Math.abs(b.marginHighMinor - b.marginLowMinor) - Math.abs(a.marginHighMinor - a.marginLowMinor));
}
