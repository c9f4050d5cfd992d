import { allowancesByYear } from '../offers/allowances';
import { relocationByYear } from '../offers/one-off-payments';
import type { YearRow } from '../offers/breakdown';
import type { Allowance, AllowanceKind, Offer } from '../offers/offer-schema';

/**
 * How an offer's components become tax inputs (decided here, shown in the UI as TAX_MAPPING_NOTE_KEYS):
 * - base: wages.
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
 */
export const EXEMPTIBLE_ALLOWANCE_KINDS = ['housing', 'education', 'language', 'homeLeave', 'meals'] as const satisfies readonly AllowanceKind[];

export function isExemptibleAllowance(allowance: Pick<Allowance, 'kind' | 'isReimbursed'>): boolean {
  return allowance.isReimbursed && (EXEMPTIBLE_ALLOWANCE_KINDS as readonly AllowanceKind[]).includes(allowance.kind);
}

/** One offer year's income split the way the tax engine wants it, in the offer's currency. */
export interface OfferYearIncome {
  readonly year: number;
  readonly wagesMinor: number;
  readonly annualBonusMinor: number;
  readonly equityVestedMinor: number;
  readonly reimbursedAllowancesMinor: number;
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

/**
 * Maps each breakdown year onto tax inputs. The four inputs always add up to the breakdown's total, so the
 * tax engine's gross equals the comparison's gross.
 */
export function offerIncomeByYear(offer: Offer, years: readonly YearRow[]): OfferYearIncome[] {
  const horizon = years.length;
  const exemptible = allowancesByYear(offer.allowances.filter(isExemptibleAllowance), horizon);
  const reimbursedTaxed = allowancesByYear(
    offer.allowances.filter((a) => a.isReimbursed && !isExemptibleAllowance(a)),
    horizon,
  );
  const relocation = relocationByYear(offer.relocation, horizon);
  const isRelocationReimbursed = offer.relocation.kind === 'reimbursement';

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
      annualBonusMinor: row.bonus,
      equityVestedMinor: row.equity,
      reimbursedAllowancesMinor: allowancesReimbursedExemptible + relocationReimbursed,
      parts,
    };
  });
}
