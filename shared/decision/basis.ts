import type { OfferComparisonEntry } from '../offers/compare-offers';

/**
 * The bases a verdict can rest on, most complete first. "left" is take-home less living costs, "afterTax"
 * is take-home, "gross" is pay before tax. All are horizon totals in the home currency.
 */
export const VERDICT_BASES = ['left', 'afterTax', 'gross'] as const;
export type VerdictBasis = (typeof VERDICT_BASES)[number];

/** Horizon totals of one offer on each basis, home-currency minor units; null where not known. */
export interface BasisTotals {
  offerId: string;
  gross: number | null;
  afterTax: number | null;
  left: number | null;
  /** Whether living costs are entered for the offer's city (to say what to add). */
  hasLivingCosts: boolean;
}

export function basisTotals(entry: OfferComparisonEntry): BasisTotals {
  const gross = entry.home.ok ? entry.home.breakdown.horizonTotal.total : null;
  const horizon = entry.afterTax?.horizonHome ?? null;
  return {
    offerId: entry.offer.id,
    gross,
    afterTax: horizon?.takeHomeMinor ?? null,
    left: horizon?.leftMinor ?? null,
    hasLivingCosts: entry.livingCosts.ok || entry.livingCosts.reason !== 'noCostOfLiving',
  };
}

/** What the person can add to get a more complete basis, naming the offers that lack it. */
export type WhatToAdd =
  | { kind: 'exchangeRate'; offerIds: string[] }
  | { kind: 'taxSettings'; offerIds: string[] }
  | { kind: 'livingCosts'; offerIds: string[] };

export interface BasisChoice {
  basis: VerdictBasis;
  /** The offers compared: those with a figure on the chosen basis (an offer without a rate has none). */
  comparedIds: string[];
  /** Empty when the basis is already the most complete one. */
  whatToAdd: WhatToAdd[];
}

/**
 * The most complete basis every compared offer supports: after tax and living costs, else after tax, else
 * gross. An offer whose figures cannot be converted at all (no exchange rate) is left out of the verdict and
 * named in whatToAdd, rather than dragging every other offer down to nothing.
 */
export function chooseBasis(totals: readonly BasisTotals[]): BasisChoice {
  const convertible = totals.filter((t) => t.gross !== null);
  const missingRate = totals.filter((t) => t.gross === null).map((t) => t.offerId);
  const rate: WhatToAdd[] = missingRate.length > 0 ? [{ kind: 'exchangeRate', offerIds: missingRate }] : [];
  const ids = convertible.map((t) => t.offerId);
  const lacking = (pick: (t: BasisTotals) => number | null) => convertible.filter((t) => pick(t) === null).map((t) => t.offerId);
  const noTax = lacking((t) => t.afterTax);
  const noLeft = lacking((t) => t.left);
  const noLivingCosts = convertible.filter((t) => !t.hasLivingCosts).map((t) => t.offerId);
  if (convertible.length > 0 && noLeft.length === 0) return { basis: 'left', comparedIds: ids, whatToAdd: rate };
  if (convertible.length > 0 && noTax.length === 0) {
    const add: WhatToAdd[] = noLivingCosts.length > 0 ? [{ kind: 'livingCosts', offerIds: noLivingCosts }] : [];
    return { basis: 'afterTax', comparedIds: ids, whatToAdd: [...rate, ...add] };
  }
  const next: WhatToAdd[] = [];
  if (noTax.length > 0) next.push({ kind: 'taxSettings', offerIds: noTax });
  if (noLivingCosts.length > 0) next.push({ kind: 'livingCosts', offerIds: noLivingCosts });
  return { basis: 'gross', comparedIds: ids, whatToAdd: [...rate, ...next] };
}

export function totalOn(totals: BasisTotals, basis: VerdictBasis): number | null {
  return totals[basis];
}
