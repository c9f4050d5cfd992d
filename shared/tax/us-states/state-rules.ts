import type { RuleBasis } from '../china-rules';
import type { MarginalSchedule } from '../marginal-table';
import type { SupportedUsFilingStatus } from '../us/us-rules';

/**
 * State and city rules as data, from /shared/reference/tax-us-hk-sg.md section 2 (PolicyEngine-US parameters
 * citing the FTB, NY DTF, Mass. DOR; WA Cares Fund; Texas Constitution). Years without published figures
 * reuse the latest known year, flagged "assumed unchanged".
 */
const D = 100;

export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME',
  'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI',
  'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;
export type UsState = (typeof US_STATES)[number];
/** States with their own rules here; any other needs the flat rate the person enters. */
export const MODELLED_STATES = ['CA', 'NY', 'MA', 'WA', 'TX'] as const satisfies readonly UsState[];

export function isModelledState(state: UsState): boolean {
  return (MODELLED_STATES as readonly string[]).includes(state);
}

type Pair<T> = Readonly<Record<SupportedUsFilingStatus, T>>;

function marginal(tops: readonly number[], ratesBp: readonly number[]): MarginalSchedule {
  return ratesBp.map((rateBp, index) => ({ overMinor: index === 0 ? 0 : (tops[index - 1] ?? 0) * D, rateBp }));
}

export interface YearValue<T> {
  readonly taxYear: number;
  readonly basis: RuleBasis;
  readonly value: T;
}

/** The figure for `taxYear` from a list of published years: the year itself, or the latest before it, flagged. */
export function byYear<T>(published: readonly { readonly year: number; readonly value: T }[], taxYear: number): YearValue<T> | null {
  const candidates = published.filter((p) => p.year <= taxYear).sort((a, b) => b.year - a.year);
  const found = candidates[0];
  if (!found) return null;
  return { taxYear: found.year, basis: found.year === taxYear ? 'enacted' : 'assumed-unchanged', value: found.value };
}

export interface CaliforniaRules {
  readonly brackets: Pair<MarginalSchedule>;
  readonly standardDeductionMinor: Pair<number>;
  readonly exemptionCreditMinor: number;
  /** Federal AGI above which each credit loses `phaseOutStepMinor` per `phaseOutIncrementMinor` or part of it. */
  readonly phaseOutStartMinor: Pair<number>;
  readonly phaseOutStepMinor: number;
  readonly phaseOutIncrementMinor: number;
  readonly mentalHealthThresholdMinor: number;
  readonly mentalHealthRateBp: number;
}

const CA_RATES = [100, 200, 400, 600, 800, 930, 1_030, 1_130, 1_230];

/** 2025 Form 540 schedules; 2026 not found, so 2025 is used for later years, flagged. */
export const CALIFORNIA: readonly { year: number; value: CaliforniaRules }[] = [
  {
    year: 2025,
    value: {
      brackets: {
        single: marginal([11_079, 26_264, 41_452, 57_542, 72_724, 371_479, 445_771, 742_953], CA_RATES),
        'married-joint': marginal([22_158, 52_528, 82_904, 115_084, 145_448, 742_958, 891_542, 1_485_906], CA_RATES),
      },
      standardDeductionMinor: { single: 5_706 * D, 'married-joint': 11_412 * D },
      exemptionCreditMinor: 153 * D,
      // The joint threshold is not in the sources read; twice the single one is used and the UI says so.
      phaseOutStartMinor: { single: 252_203 * D, 'married-joint': 2 * 252_203 * D },
      phaseOutStepMinor: 6 * D,
      phaseOutIncrementMinor: 2_500 * D,
      mentalHealthThresholdMinor: 1_000_000 * D,
      mentalHealthRateBp: 100,
    },
  },
];

/** SDI (with paid family leave) has no wage cap since 2024 (SB 951). */
export const CALIFORNIA_SDI: readonly { year: number; value: number }[] = [
  { year: 2025, value: 120 },
  { year: 2026, value: 130 },
];

export interface NewYorkRules {
  readonly brackets: Pair<MarginalSchedule>;
  readonly standardDeductionMinor: Pair<number>;
  /** The supplemental tax (benefit recapture) starts above this NY AGI and phases in over `phaseInMinor`. */
  readonly recaptureMinAgiMinor: number;
  readonly recapturePhaseInMinor: number;
  /** Index of the first bracket whose lower brackets' benefit is recaptured (the 5.5% band in 2025). */
  readonly firstRecaptureBracket: number;
  /** Above this NY AGI the top rate applies to all taxable income. */
  readonly flatAboveAgiMinor: number;
}

const NY_SINGLE_TOPS = [8_500, 11_700, 13_900, 80_650, 215_400, 1_077_550, 5_000_000, 25_000_000];
const NY_JOINT_TOPS = [17_150, 23_600, 27_900, 161_550, 323_200, 2_155_350, 5_000_000, 25_000_000];

function newYork(ratesBp: readonly number[]): NewYorkRules {
  return {
    brackets: { single: marginal(NY_SINGLE_TOPS, ratesBp), 'married-joint': marginal(NY_JOINT_TOPS, ratesBp) },
    standardDeductionMinor: { single: 8_000 * D, 'married-joint': 16_050 * D },
    recaptureMinAgiMinor: 107_650 * D,
    recapturePhaseInMinor: 50_000 * D,
    firstRecaptureBracket: 3,
    flatAboveAgiMinor: 25_000_000 * D,
  };
}

/** Tax Law §601; the 2026-27 cuts of budget bill S3009C. */
export const NEW_YORK: readonly { year: number; value: NewYorkRules }[] = [
  { year: 2025, value: newYork([400, 450, 525, 550, 600, 685, 965, 1_030, 1_090]) },
  { year: 2026, value: newYork([390, 440, 515, 540, 590, 685, 965, 1_030, 1_090]) },
  { year: 2027, value: newYork([380, 430, 505, 530, 580, 685, 965, 1_030, 1_090]) },
];

/** A NYC bracket: rate in units of 1/100,000 (3.078% = 3,078), finer than basis points. */
export interface NycBracket {
  readonly overMinor: number;
  readonly rate: number;
}

export const NYC_RATE_SCALE = 100_000;

export interface NewYorkCityRules {
  readonly brackets: Pair<readonly NycBracket[]>;
  readonly schoolLimitMinor: number;
  readonly schoolFirstBandMinor: Pair<number>;
  readonly schoolFirstRate: number;
  readonly schoolRestRate: number;
}

/** 2025 and 2026 rates (2027: the higher rates' authorization may lapse; assumed unchanged, flagged). */
export const NEW_YORK_CITY: readonly { year: number; value: NewYorkCityRules }[] = [
  {
    year: 2025,
    value: {
      brackets: {
        single: [
          { overMinor: 0, rate: 3_078 },
          { overMinor: 12_000 * D, rate: 3_762 },
          { overMinor: 25_000 * D, rate: 3_819 },
          { overMinor: 50_000 * D, rate: 3_876 },
        ],
        'married-joint': [
          { overMinor: 0, rate: 3_078 },
          { overMinor: 21_600 * D, rate: 3_762 },
          { overMinor: 45_000 * D, rate: 3_819 },
          { overMinor: 90_000 * D, rate: 3_876 },
        ],
      },
      schoolLimitMinor: 500_000 * D,
      schoolFirstBandMinor: { single: 12_000 * D, 'married-joint': 21_600 * D },
      schoolFirstRate: 171,
      schoolRestRate: 228,
    },
  },
];

export interface MassachusettsRules {
  readonly rateBp: number;
  readonly personalExemptionMinor: Pair<number>;
  readonly surtaxThresholdMinor: number;
  readonly surtaxRateBp: number;
}

/** M.G.L. c.62 §4; the 2026 surtax threshold is not confirmed, so 2025's is used, flagged. */
export const MASSACHUSETTS: readonly { year: number; value: MassachusettsRules }[] = [
  {
    year: 2025,
    value: { rateBp: 500, personalExemptionMinor: { single: 4_400 * D, 'married-joint': 8_800 * D }, surtaxThresholdMinor: 1_083_150 * D, surtaxRateBp: 400 },
  },
];

/** WA Cares long-term care premium, employee, no cap. */
export const WA_CARES: readonly { year: number; value: number }[] = [
  { year: 2025, value: 58 },
  { year: 2026, value: 58 },
];

export const STATE_SOURCES = {
  CA: 'FTB 2025 Form 540 tax rate schedules https://www.ftb.ca.gov/forms/2025/2025-540-tax-rate-schedules.pdf; R&TC §17043 (mental health tax)',
  CA_SDI: 'EDD DE 201 https://edd.ca.gov/siteassets/files/pdf_pub_ctr/de201.pdf (2026: 1.3%, no wage cap since SB 951)',
  NY: 'NY Tax Law §601; IT-201-I (2025) https://www.tax.ny.gov/pdf/current_forms/it/it201i.pdf; S3009C (2026-27 rates)',
  NYC: 'NY Tax Law §1304 × 1.14 (NYC Admin Code §11-1704.1); IT-201-I p.26 school tax credit',
  MA: 'M.G.L. c.62 §4 https://malegislature.gov/Laws/GeneralLaws/PartI/TitleIX/Chapter62/Section4; 2025 Form 1 instructions (surtax)',
  WA: 'No wage income tax; WA Cares Fund premium 0.58% https://wacaresfund.wa.gov/',
  TX: 'No income tax: Texas Constitution Art. 8 §24-a',
} as const;
