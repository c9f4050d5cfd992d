import type { RuleBasis } from '../china-rules';
import type { MarginalSchedule } from '../marginal-table';

/**
 * Singapore individual income tax (reference section 5): resident rates from YA2024 (income year 2023),
 * unchanged through YA2026 in the sources; IRAS reliefs cap; non-resident employment rule. The year of
 * assessment is the year after the income year; calendar tax year N here is income year N (YA N+1).
 */
const D = 100;

const RESIDENT: MarginalSchedule = [
  [0, 0],
  [20_000, 200],
  [30_000, 350],
  [40_000, 700],
  [80_000, 1_150],
  [120_000, 1_500],
  [160_000, 1_800],
  [200_000, 1_900],
  [240_000, 1_950],
  [280_000, 2_000],
  [320_000, 2_200],
  [500_000, 2_300],
  [1_000_000, 2_400],
].map(([over, rateBp]) => ({ overMinor: (over ?? 0) * D, rateBp: rateBp ?? 0 }));

export interface SingaporeRules {
  readonly id: string;
  readonly yearOfAssessment: number;
  readonly basis: RuleBasis;
  readonly resident: MarginalSchedule;
  readonly nonResidentEmploymentRateBp: number;
  readonly reliefCapMinor: number;
  readonly earnedIncomeReliefMinor: number;
  readonly rebateBp: number;
  readonly rebateCapMinor: number;
}

const BASE = { resident: RESIDENT, nonResidentEmploymentRateBp: 1_500, reliefCapMinor: 80_000 * D, earnedIncomeReliefMinor: 1_000 * D };

const YEARS: readonly SingaporeRules[] = [
  { ...BASE, id: 'sg-ya2024', yearOfAssessment: 2024, basis: 'enacted', rebateBp: 5_000, rebateCapMinor: 200 * D },
  { ...BASE, id: 'sg-ya2025', yearOfAssessment: 2025, basis: 'enacted', rebateBp: 6_000, rebateCapMinor: 200 * D },
  // No YA2026 rebate was found, so none is applied.
  { ...BASE, id: 'sg-ya2026', yearOfAssessment: 2026, basis: 'enacted', rebateBp: 0, rebateCapMinor: 0 },
];

export const SINGAPORE_SOURCE =
  'IRAS tax reliefs https://www.iras.gov.sg/taxes/individual-income-tax/basics-of-individual-income-tax/tax-reliefs-rebates-and-deductions/tax-reliefs; rates: https://www.grantthornton.sg/insights/doing-business-guide/tax-facts-personal-income-tax/; non-residents: https://contactone.com.sg/resources/singapore-personal-tax-rates';

export function findSingaporeRules(incomeYear: number, allowAssumed = true): SingaporeRules | null {
  if (!Number.isInteger(incomeYear)) return null;
  const ya = incomeYear + 1;
  if (ya < 2024 || ya > 2034) return null;
  const exact = YEARS.find((y) => y.yearOfAssessment === ya);
  if (exact) return exact;
  if (!allowAssumed) return null;
  const latest = YEARS[YEARS.length - 1] as SingaporeRules;
  return { ...latest, id: `sg-ya${ya}-assumed`, yearOfAssessment: ya, basis: 'assumed-unchanged' };
}
