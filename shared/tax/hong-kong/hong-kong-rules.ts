import type { RuleBasis } from '../china-rules';
import type { MarginalSchedule } from '../marginal-table';

/**
 * Hong Kong salaries tax (reference section 4): gov.hk salaries tax rates, IRD budget FAQs, MPFA. A year of
 * assessment runs 1 April to 31 March; calendar tax year N is taxed as the year of assessment N/N+1 (the one
 * holding nine of its months).
 */
const D = 100;

export interface HongKongRules {
  readonly id: string;
  readonly yearOfAssessment: string;
  readonly basis: RuleBasis;
  readonly progressive: MarginalSchedule;
  /** Two-tier standard rate on net income: 15% up to 5M, 16% above. */
  readonly standard: MarginalSchedule;
  readonly basicAllowanceMinor: number;
  readonly marriedAllowanceMinor: number;
  /** One-off reduction of final tax: share and cap (0 when none is known). */
  readonly reductionBp: number;
  readonly reductionCapMinor: number;
  readonly isReductionEnacted: boolean;
  readonly mpfRateBp: number;
  readonly mpfMinMonthlyMinor: number;
  readonly mpfMaxMonthlyIncomeMinor: number;
  readonly mpfDeductionCapMinor: number;
}

const PROGRESSIVE: MarginalSchedule = [
  { overMinor: 0, rateBp: 200 },
  { overMinor: 50_000 * D, rateBp: 600 },
  { overMinor: 100_000 * D, rateBp: 1_000 },
  { overMinor: 150_000 * D, rateBp: 1_400 },
  { overMinor: 200_000 * D, rateBp: 1_700 },
];
const STANDARD: MarginalSchedule = [
  { overMinor: 0, rateBp: 1_500 },
  { overMinor: 5_000_000 * D, rateBp: 1_600 },
];

const BASE = {
  progressive: PROGRESSIVE,
  standard: STANDARD,
  mpfRateBp: 500,
  mpfMinMonthlyMinor: 7_100 * D,
  mpfMaxMonthlyIncomeMinor: 30_000 * D,
  mpfDeductionCapMinor: 18_000 * D,
};

const YEARS: readonly (HongKongRules & { taxYear: number })[] = [
  { ...BASE, taxYear: 2024, id: 'hk-salaries-2024-25', yearOfAssessment: '2024/25', basis: 'enacted', basicAllowanceMinor: 132_000 * D, marriedAllowanceMinor: 264_000 * D, reductionBp: 10_000, reductionCapMinor: 1_500 * D, isReductionEnacted: true },
  // The 2025/26 reduction (100%, cap 3,000) was proposed in the 2026-27 Budget; whether enacted is not known.
  { ...BASE, taxYear: 2025, id: 'hk-salaries-2025-26', yearOfAssessment: '2025/26', basis: 'enacted', basicAllowanceMinor: 132_000 * D, marriedAllowanceMinor: 264_000 * D, reductionBp: 10_000, reductionCapMinor: 3_000 * D, isReductionEnacted: false },
  { ...BASE, taxYear: 2026, id: 'hk-salaries-2026-27', yearOfAssessment: '2026/27', basis: 'enacted', basicAllowanceMinor: 145_000 * D, marriedAllowanceMinor: 290_000 * D, reductionBp: 0, reductionCapMinor: 0, isReductionEnacted: true },
];

export const HONG_KONG_SOURCE =
  'https://www.gov.hk/en/residents/taxes/taxfiling/taxrates/salariesrates.htm; IRD budget FAQ https://www.ird.gov.hk/eng/faq/budget2026_27.htm; MPFA https://www.mpfa.org.hk/en/mpf-system/mandatory-contributions; housing: https://clic.org.hk/en/topics/taxation/salaries_tax/income_chargeable_to_salaries_tax/provision_of_place';

export const HONG_KONG_FIRST_YEAR = 2024;
export const HONG_KONG_LAST_YEAR = 2033;

/** Later years: 2026/27 assumed unchanged (no one-off reduction assumed). */
export function findHongKongRules(taxYear: number, allowAssumed = true): HongKongRules | null {
  if (!Number.isInteger(taxYear) || taxYear < HONG_KONG_FIRST_YEAR || taxYear > HONG_KONG_LAST_YEAR) return null;
  const exact = YEARS.find((y) => y.taxYear === taxYear);
  if (exact) return exact;
  if (!allowAssumed) return null;
  const latest = YEARS[YEARS.length - 1] as HongKongRules;
  return { ...latest, id: `hk-salaries-${taxYear}-assumed`, yearOfAssessment: `${taxYear}/${String((taxYear + 1) % 100).padStart(2, '0')}`, basis: 'assumed-unchanged' };
}

/** Rental value of a place of residence the employer provides, as a share of income. */
export const HK_RENTAL_VALUE_BP = { flat: 1_000, 'hotel-two-rooms': 800, 'hotel-one-room': 400 } as const;
