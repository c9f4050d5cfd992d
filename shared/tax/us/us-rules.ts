import type { IsoDate } from '../../dates/iso-date';
import type { RuleBasis } from '../china-rules';
import type { MarginalSchedule } from '../marginal-table';

/**
 * United States federal income tax and payroll tax as data, per tax year, from
 * /shared/reference/tax-us-hk-sg.md sections 1 and 3 (PolicyEngine-US parameters citing Rev. Proc. 2024-40
 * and 2025-32, the SSA wage base page, 26 USC 3101, Notice 2025-16 and Rev. Proc. 2025-32 for the FEIE).
 * 2027 to 2033 have no published figures: they run on 2026's, flagged "assumed unchanged", except the SALT
 * cap, whose 2027 figures the statute itself schedules.
 */

/** Dollars to cents, once, so the tables read like the sources. */
const D = 100;

export const US_FILING_STATUSES = ['single', 'married-joint', 'married-separate', 'head-of-household'] as const;
export type UsFilingStatus = (typeof US_FILING_STATUSES)[number];
/** The statuses the model computes; the others fall back to the effective rate with a notice naming them. */
export const SUPPORTED_US_FILING_STATUSES = ['single', 'married-joint'] as const satisfies readonly UsFilingStatus[];
export type SupportedUsFilingStatus = (typeof SUPPORTED_US_FILING_STATUSES)[number];

export function isSupportedFilingStatus(status: UsFilingStatus): status is SupportedUsFilingStatus {
  return (SUPPORTED_US_FILING_STATUSES as readonly string[]).includes(status);
}

export interface UsFederalRules {
  readonly id: string;
  readonly taxYear: number;
  readonly basis: RuleBasis;
  readonly reviewedOn: IsoDate;
  readonly brackets: Readonly<Record<SupportedUsFilingStatus, MarginalSchedule>>;
  readonly standardDeductionMinor: Readonly<Record<SupportedUsFilingStatus, number>>;
  readonly saltCapMinor: number;
  readonly saltPhaseDownStartMinor: number;
  readonly saltPhaseDownRateBp: number;
  readonly saltFloorMinor: number;
  readonly socialSecurityRateBp: number;
  /** Per employee: each spouse has their own. */
  readonly socialSecurityWageBaseMinor: number;
  readonly medicareRateBp: number;
  readonly additionalMedicareRateBp: number;
  readonly additionalMedicareThresholdMinor: Readonly<Record<SupportedUsFilingStatus, number>>;
  /** Foreign earned income exclusion, per qualifying person. */
  readonly feieMaxMinor: number;
  /** Elective deferral limit for a 401(k) (under 50), for the over-limit notice. */
  readonly elective401kLimitMinor: number;
}

function schedule(tops: readonly number[]): MarginalSchedule {
  const rates = [1_000, 1_200, 2_200, 2_400, 3_200, 3_500, 3_700];
  return rates.map((rateBp, index) => ({ overMinor: index === 0 ? 0 : (tops[index - 1] ?? 0) * D, rateBp }));
}

export const US_SOURCES = {
  brackets: 'IRS Rev. Proc. 2024-40 p.5 and Rev. Proc. 2025-32 p.10 (via PolicyEngine-US gov/irs/income/bracket.yaml)',
  standardDeduction: 'IRS Rev. Proc. 2025-32 p.18; OBBBA (H.R. 1, 2025) for 2025 (via PolicyEngine-US)',
  salt: 'H.R. 1 (119th Congress), SALT cap and phase-down (via PolicyEngine-US salt_and_real_estate)',
  socialSecurity: 'SSA contribution and benefit base https://www.ssa.gov/oact/cola/cbb.html; 26 USC 3101(a)',
  medicare: '26 USC 3101(b); IRS Topic 751 https://www.irs.gov/taxtopics/tc751',
  feie: 'Notice 2025-16 (2025); Rev. Proc. 2025-32 §.39 (2026); 26 USC 911',
  ftc: 'Form 1116 instructions https://www.irs.gov/instructions/i1116; IRS Pub. 514',
  k401: 'IRS Notice 2024-80 (2025: 23,500) and Notice 2025-67 (2026: 24,500)',
  supplemental: 'T.D. 9276 (mandatory 37% over USD 1M); optional flat 22% rate',
} as const;

const Y2025: UsFederalRules = {
  id: 'us-federal-2025',
  taxYear: 2025,
  basis: 'enacted',
  reviewedOn: '2026-12-01',
  brackets: {
    single: schedule([11_925, 48_475, 103_350, 197_300, 250_525, 626_350]),
    'married-joint': schedule([23_850, 96_950, 206_700, 394_600, 501_050, 751_600]),
  },
  standardDeductionMinor: { single: 15_750 * D, 'married-joint': 31_500 * D },
  saltCapMinor: 40_000 * D,
  saltPhaseDownStartMinor: 500_000 * D,
  saltPhaseDownRateBp: 3_000,
  saltFloorMinor: 10_000 * D,
  socialSecurityRateBp: 620,
  socialSecurityWageBaseMinor: 176_100 * D,
  medicareRateBp: 145,
  additionalMedicareRateBp: 90,
  additionalMedicareThresholdMinor: { single: 200_000 * D, 'married-joint': 250_000 * D },
  feieMaxMinor: 130_000 * D,
  elective401kLimitMinor: 23_500 * D,
};

const Y2026: UsFederalRules = {
  ...Y2025,
  id: 'us-federal-2026',
  taxYear: 2026,
  brackets: {
    single: schedule([12_400, 50_400, 105_700, 201_775, 256_225, 640_600]),
    'married-joint': schedule([24_800, 100_800, 211_400, 403_550, 512_450, 768_700]),
  },
  standardDeductionMinor: { single: 16_100 * D, 'married-joint': 32_200 * D },
  saltCapMinor: 40_400 * D,
  saltPhaseDownStartMinor: 505_000 * D,
  socialSecurityWageBaseMinor: 184_500 * D,
  feieMaxMinor: 132_900 * D,
  elective401kLimitMinor: 24_500 * D,
};

/** Later years: 2026's figures assumed unchanged (2027's SALT figures are scheduled in the statute). */
function assumedYear(taxYear: number): UsFederalRules {
  const salt = taxYear === 2027 ? { saltCapMinor: 40_804 * D, saltPhaseDownStartMinor: 510_050 * D } : {};
  const fromStatute2027 = taxYear > 2027 ? { saltCapMinor: 40_804 * D, saltPhaseDownStartMinor: 510_050 * D } : {};
  return { ...Y2026, ...salt, ...fromStatute2027, id: `us-federal-${taxYear}-assumed`, taxYear, basis: 'assumed-unchanged' };
}

export const US_FIRST_YEAR = 2025;
export const US_LAST_YEAR = 2033;

export function findUsFederalRules(taxYear: number, allowAssumed = true): UsFederalRules | null {
  if (!Number.isInteger(taxYear) || taxYear < US_FIRST_YEAR || taxYear > US_LAST_YEAR) return null;
  if (taxYear === 2025) return Y2025;
  if (taxYear === 2026) return Y2026;
  return allowAssumed ? assumedYear(taxYear) : null;
}
