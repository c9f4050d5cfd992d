import { convertMinor, type FxRate } from '../money';
import type { Offer } from './offer-schema';
import type { CostOfLiving } from './settings-schema';
import type { OfferBreakdown } from './breakdown';
import type { MissingRate } from './convert-breakdown';
import { allowanceForYear } from './allowances';

export interface LivingCostYear {
  year: number;
  total: number;
  rent: number;
  otherCosts: number;
  /** Housing allowances paid in this year (already inside `total`). */
  housingAllowance: number;
  /** The part of reimbursed housing allowances that rent did not use up; it is never paid out. */
  housingAllowanceUnused: number;
  /** Rent left for the person to pay after housing allowances; 0 when allowances cover it. */
  netRent: number;
  left: number;
}

export type LivingCostResult =
  | { ok: true; costOfLivingId: string; years: LivingCostYear[] }
  | { ok: false; reason: 'noCostOfLiving' }
  | { ok: false; reason: 'missingRate'; missing: MissingRate };

/** The person's cost-of-living entry for the offer's city, matched ignoring case and surrounding spaces. */
export function findCostOfLiving(offer: Pick<Offer, 'city'>, entries: readonly CostOfLiving[]): CostOfLiving | null {
  const city = offer.city.trim().toLowerCase();
  if (city === '') return null;
  return entries.find((entry) => entry.city.trim().toLowerCase() === city) ?? null;
}

/**
 * Whether the person has typed any living cost for the city. "Add a city" creates an entry with rent 0 and
 * other costs 0; that is a blank form, not a city where living is free, so it counts as not entered.
 */
export function isCostOfLivingEntered(entry: Pick<CostOfLiving, 'monthlyRentMinor' | 'otherMonthlyMinor'>): boolean {
  return entry.monthlyRentMinor > 0 || entry.otherMonthlyMinor > 0;
}

/**
 * "Left after living costs" per year, in the offer's currency.
 *
 * Netting rule for housing allowances. The breakdown's total already counts every housing allowance in
 * full, so rent is simply subtracted. The one correction: a housing allowance paid by reimbursement
 * (isReimbursed) only pays against receipts, so it is worth at most the rent; the excess is never paid and
 * is taken back out of what is left. A cash housing allowance is income like any other and its surplus
 * over rent is kept. netRent shows the rent the person still pays after housing allowances (never below 0).
 * Living costs in another currency are converted at the entered rate, a year at a time.
 */
export function leftAfterLivingCosts(
  offer: Offer,
  breakdown: OfferBreakdown,
  entries: readonly CostOfLiving[],
  rates: readonly FxRate[],
): LivingCostResult {
  const entry = findCostOfLiving(offer, entries);
  if (!entry || !isCostOfLivingEntered(entry)) return { ok: false, reason: 'noCostOfLiving' };
  const rentYear = convertMinor(entry.monthlyRentMinor * 12, entry.currency, offer.currency, rates);
  const otherYear = convertMinor(entry.otherMonthlyMinor * 12, entry.currency, offer.currency, rates);
  if (!rentYear.ok) return { ok: false, reason: 'missingRate', missing: rentYear.missing };
  if (!otherYear.ok) return { ok: false, reason: 'missingRate', missing: otherYear.missing };
  const rent = rentYear.amountMinor;
  const otherCosts = otherYear.amountMinor;
  const housing = offer.allowances.filter((allowance) => allowance.kind === 'housing');
  const years = breakdown.years.map((row) => {
    const sumFor = (isReimbursed: boolean) =>
      housing
        .filter((allowance) => allowance.isReimbursed === isReimbursed)
        .reduce((sum, allowance) => sum + allowanceForYear(allowance, row.year), 0);
    const cash = sumFor(false);
    const reimbursed = sumFor(true);
    const reimbursedUsed = Math.min(reimbursed, rent);
    const housingAllowanceUnused = reimbursed - reimbursedUsed;
    return {
      year: row.year,
      total: row.total,
      rent,
      otherCosts,
      housingAllowance: cash + reimbursed,
      housingAllowanceUnused,
      netRent: Math.max(0, rent - reimbursedUsed - cash),
      left: row.total - housingAllowanceUnused - rent - otherCosts,
    };
  });
  return { ok: true, costOfLivingId: entry.id, years };
}
