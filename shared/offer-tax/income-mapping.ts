import type { IsoDate } from '../dates/iso-date';
import { mulDivRound } from '../money';
import { allowanceForYear, allowancesByYear } from '../offers/allowances';
import { grantVests } from '../offers/equity-value';
import { yearOfMonth } from '../offers/year-rule';
import { relocationByYear } from '../offers/one-off-payments';
import type { YearRow } from '../offers/breakdown';
import type { Allowance, AllowanceKind, Offer } from '../offers/offer-schema';
import type { DatedAmount } from '../tax/tax-result';
import { offerMonthDate, offerYearMonths, offerYearPeriod } from './tax-year-rule';

/**
 * How an offer's components become tax inputs (decided here, shown in the UI as TAX_MAPPING_NOTE_KEYS):
 * - base: wages; also passed on its own as the social insurance and housing fund base (a percent of the
 *   salary: the sign-on, allowances and subsidies are wages but not part of that base).
 * - annual bonus: the annual one-off bonus (the only income the separate-bonus option applies to).
 * - equity: vested equity, taxed as wages in the vest year (the tax engine's stated simplification).
 * - sign-on: wages in the year paid (China taxes a sign-on bonus as ordinary wages, not as the annual bonus).
 * - relocation: a lump sum is wages; a reimbursement (against invoices) counts with the reimbursed
 *   allowances, so it is exempt for a foreign individual who takes the exemption and taxed otherwise.
 * - allowances paid in cash: wages.
 * - allowances paid by reimbursement of a kind the exemption lists (housing, children's education,
 *   language training, home leave, meals): reimbursed allowances, exempt or taxed as the engine decides.
 *   Reimbursed transport and "other" allowances are not on the list, so they are wages.
 * - talent-program and relocation subsidies: wages (some government awards are exempt, but which ones
 *   depends on the programme; counting them as wages can only understate the take-home).
 * The bonus and the exempt-able reimbursements also carry their payment dates (tax-year-rule.ts), which
 * decide the reliefs that end on 2027-12-31.
 */
export const EXEMPTIBLE_ALLOWANCE_KINDS = ['housing', 'education', 'language', 'homeLeave', 'meals'] as const satisfies readonly AllowanceKind[];

export function isExemptibleAllowance(allowance: Pick<Allowance, 'kind' | 'isReimbursed'>): boolean {
  return allowance.isReimbursed && (EXEMPTIBLE_ALLOWANCE_KINDS as readonly AllowanceKind[]).includes(allowance.kind);
}

/** One offer year's income split the way the tax engine wants it, in the offer's currency. */
export interface OfferYearIncome {
  readonly year: number;
  readonly wagesMinor: number;
  /** The base salary inside wagesMinor: the default social insurance and housing fund base. */
  readonly baseSalaryMinor: number;
  readonly annualBonusMinor: number;
  /** The bonus is paid at month 12k; the date decides whether it may be taxed separately. */
  readonly annualBonusPaidOn: IsoDate;
  readonly equityVestedMinor: number;
  readonly reimbursedAllowancesMinor: number;
  /** reimbursedAllowancesMinor by payment date: the exemption covers only the payments made while it runs. */
  readonly reimbursedAllowancePayments: readonly DatedAmount[];
  /** equityVestedMinor by grant, each vest dated (China's separate taxation of listed plans goes by vest date). */
  readonly equityByGrant: readonly GrantYearEquity[];
  /** The same money by origin, for the "how was this mapped" view. */
  readonly parts: {
    readonly base: number;
    readonly signOn: number;
    readonly relocationCash: number;
    readonly relocationReimbursed: number;
    readonly allowancesCash: number;
    readonly allowancesReimbursedExemptible: number;
    readonly allowancesReimbursedTaxed: number;
    readonly subsidies: number;
  };
}

export interface GrantYearEquity {
  readonly grantId: string;
  readonly amountMinor: number;
  readonly vests: readonly DatedAmount[];
}

/** Each grant's vests (refreshers included) in each offer year, dated on the vest month. */
function equityByGrantAndYear(offer: Offer, horizon: number): GrantYearEquity[][] {
  const years: GrantYearEquity[][] = Array.from({ length: horizon }, () => []);
  for (const grant of offer.equity) {
    const perYear = Array.from({ length: horizon }, () => ({ amountMinor: 0, vests: [] as DatedAmount[] }));
    for (const vest of grantVests(grant, horizon * 12)) {
      const bucket = perYear[yearOfMonth(vest.month) - 1];
      if (!bucket || vest.valueMinor <= 0) continue;
      bucket.amountMinor += vest.valueMinor;
      bucket.vests.push({ paidOn: offerMonthDate(offer.startDate, vest.month), amountMinor: vest.valueMinor });
    }
    perYear.forEach((bucket, index) => {
      if (bucket.amountMinor > 0) years[index]?.push({ grantId: grant.id, ...bucket });
    });
  }
  return years;
}

/**
 * The exempt-able reimbursements of one offer year by date: each allowance over the year's twelve months
 * (a monthly amount in each month; a yearly amount pro rata by month, its fen spread so the twelve parts add
 * up to it), and a reimbursed relocation on the month it is paid. Same dates are merged; zeros dropped.
 */
function reimbursedPayments(offer: Offer, year: number, exemptible: readonly Allowance[], relocationReimbursedMinor: number): DatedAmount[] {
  const byDate = new Map<IsoDate, number>();
  const add = (month: number, amountMinor: number): void => {
    if (amountMinor <= 0) return;
    const paidOn = offerMonthDate(offer.startDate, month);
    byDate.set(paidOn, (byDate.get(paidOn) ?? 0) + amountMinor);
  };
  for (const allowance of exemptible) {
    const yearMinor = allowanceForYear(allowance, year);
    offerYearMonths(year).forEach((month, index) => add(month, mulDivRound(yearMinor, index + 1, 12) - mulDivRound(yearMinor, index, 12)));
  }
  add(offer.relocation.month, relocationReimbursedMinor);
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([paidOn, amountMinor]) => ({ paidOn, amountMinor }));
}

/**
 * Maps each breakdown year onto tax inputs. The four inputs always add up to the breakdown's total, so the
 * tax engine's gross equals the comparison's gross.
 */
export function offerIncomeByYear(offer: Offer, years: readonly YearRow[]): OfferYearIncome[] {
  const horizon = years.length;
  const exemptibleAllowances = offer.allowances.filter(isExemptibleAllowance);
  const exemptible = allowancesByYear(exemptibleAllowances, horizon);
  const reimbursedTaxed = allowancesByYear(
    offer.allowances.filter((a) => a.isReimbursed && !isExemptibleAllowance(a)),
    horizon,
  );
  const relocation = relocationByYear(offer.relocation, horizon);
  const isRelocationReimbursed = offer.relocation.kind === 'reimbursement';
  const equityByGrant = equityByGrantAndYear(offer, horizon);

  return years.map((row, index) => {
    const allowancesReimbursedExemptible = exemptible[index] ?? 0;
    const allowancesReimbursedTaxed = reimbursedTaxed[index] ?? 0;
    const allowancesCash = row.allowances - allowancesReimbursedExemptible - allowancesReimbursedTaxed;
    const relocationReimbursed = isRelocationReimbursed ? (relocation[index] ?? 0) : 0;
    const relocationCash = row.relocation - relocationReimbursed;
    const parts = {
      base: row.base,
      signOn: row.signOn,
      relocationCash,
      relocationReimbursed,
      allowancesCash,
      allowancesReimbursedExemptible,
      allowancesReimbursedTaxed,
      subsidies: row.subsidies,
    };
    return {
      year: row.year,
      wagesMinor: row.base + row.signOn + relocationCash + allowancesCash + allowancesReimbursedTaxed + row.subsidies,
      baseSalaryMinor: row.base,
      annualBonusMinor: row.bonus,
      annualBonusPaidOn: offerYearPeriod(offer.startDate, row.year).annualBonusPaidOn,
      equityVestedMinor: row.equity,
      reimbursedAllowancesMinor: allowancesReimbursedExemptible + relocationReimbursed,
      reimbursedAllowancePayments: reimbursedPayments(offer, row.year, exemptibleAllowances, relocationReimbursed),
      equityByGrant: equityByGrant[index] ?? [],
      parts,
    };
  });
}
