import { mulDivRound, type CurrencyCode } from '../money';
import { zeroYears } from './year-rule';
import type { Offer } from './offer-schema';
import { baseByYear } from './base-salary';
import { bonusByYear } from './bonus';
import { equityByYear } from './equity-by-year';
import { relocationByYear, signOnByYear } from './one-off-payments';
import { allowancesByYear } from './allowances';
import { subsidiesByYear } from './subsidies';
import { isCurrentJob } from './current-job';

/** The rows of the comparison table and the stacks of the chart, in display order. */
export const COMPONENT_KEYS = ['base', 'bonus', 'equity', 'signOn', 'relocation', 'allowances', 'subsidies'] as const;

export type ComponentKey = (typeof COMPONENT_KEYS)[number];

/** Amounts in minor units; `total` is always the sum of the components in the same row. */
export type ComponentAmounts = Record<ComponentKey, number> & { total: number };

export interface YearRow extends ComponentAmounts {
  year: number;
}

export interface OfferBreakdown {
  offerId: string;
  currency: CurrencyCode;
  horizonYears: number;
  years: YearRow[];
  horizonTotal: ComponentAmounts;
  /** Each component divided by the horizon and rounded; total is their sum so the row stays consistent. */
  averagePerYear: ComponentAmounts;
}

export function withTotal(parts: Record<ComponentKey, number>): ComponentAmounts {
  return { ...parts, total: COMPONENT_KEYS.reduce((sum, key) => sum + parts[key], 0) };
}

/** Year-by-year compensation of one offer in its own currency, years 1..horizonYears. */
export function offerBreakdown(offer: Offer, horizonYears: number): OfferBreakdown {
  const base = baseByYear(offer.base, horizonYears);
  // A job already held pays no sign-on or relocation money (what was typed is kept, not counted).
  const isCurrent = isCurrentJob(offer);
  const columns: Record<ComponentKey, number[]> = {
    base,
    bonus: bonusByYear(offer.bonus, base),
    equity: equityByYear(offer.equity, horizonYears, offer),
    signOn: isCurrent ? zeroYears(horizonYears) : signOnByYear(offer.signOn, horizonYears),
    relocation: isCurrent ? zeroYears(horizonYears) : relocationByYear(offer.relocation, horizonYears),
    allowances: allowancesByYear(offer.allowances, horizonYears),
    subsidies: subsidiesByYear(offer.subsidies, horizonYears),
  };
  const pick = (mapper: (column: number[]) => number) =>
    withTotal(Object.fromEntries(COMPONENT_KEYS.map((key) => [key, mapper(columns[key])])) as Record<ComponentKey, number>);
  const years = Array.from({ length: horizonYears }, (_, index) => ({ year: index + 1, ...pick((column) => column[index] ?? 0) }));
  const horizonTotal = pick((column) => column.reduce((sum, value) => sum + value, 0));
  const averagePerYear = withTotal(
    Object.fromEntries(COMPONENT_KEYS.map((key) => [key, mulDivRound(horizonTotal[key], 1, horizonYears)])) as Record<ComponentKey, number>,
  );
  return { offerId: offer.id, currency: offer.currency, horizonYears, years, horizonTotal, averagePerYear };
}
