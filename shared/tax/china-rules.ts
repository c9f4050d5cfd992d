import { compareIso, type IsoDate } from '../dates/iso-date';
import type { TaxTable } from './tax-table';

/**
 * China's individual income tax rules as data. Each set says which tax years it covers and on what basis,
 * so a year outside every set is answered with "no rule" rather than a guess.
 *
 * Sources: MOF/STA Announcements 2023 No. 29 (foreign allowances) and No. 30 (annual bonus), the IIT Law
 * as amended in 2018 (tables, 60,000, non-residents' 5,000), State Council Guo Fa 2023 No. 13 (special
 * additional deduction amounts from 2023); reviewed against PwC's tax summaries of 2025-07-02.
 */

/** Amounts below are written in yuan for readability and multiplied here once. */
const Y = 100;

/** Annual comprehensive income table (residents). */
export const CHINA_ANNUAL_TABLE: TaxTable = [
  { upToMinor: 36_000 * Y, rateBp: 300, quickDeductionMinor: 0 },
  { upToMinor: 144_000 * Y, rateBp: 1_000, quickDeductionMinor: 2_520 * Y },
  { upToMinor: 300_000 * Y, rateBp: 2_000, quickDeductionMinor: 16_920 * Y },
  { upToMinor: 420_000 * Y, rateBp: 2_500, quickDeductionMinor: 31_920 * Y },
  { upToMinor: 660_000 * Y, rateBp: 3_000, quickDeductionMinor: 52_920 * Y },
  { upToMinor: 960_000 * Y, rateBp: 3_500, quickDeductionMinor: 85_920 * Y },
  { upToMinor: null, rateBp: 4_500, quickDeductionMinor: 181_920 * Y },
];

/** Monthly table: a separately taxed annual bonus (bracket from bonus / 12) and non-residents' monthly wages. */
export const CHINA_MONTHLY_TABLE: TaxTable = [
  { upToMinor: 3_000 * Y, rateBp: 300, quickDeductionMinor: 0 },
  { upToMinor: 12_000 * Y, rateBp: 1_000, quickDeductionMinor: 210 * Y },
  { upToMinor: 25_000 * Y, rateBp: 2_000, quickDeductionMinor: 1_410 * Y },
  { upToMinor: 35_000 * Y, rateBp: 2_500, quickDeductionMinor: 2_660 * Y },
  { upToMinor: 55_000 * Y, rateBp: 3_000, quickDeductionMinor: 4_410 * Y },
  { upToMinor: 80_000 * Y, rateBp: 3_500, quickDeductionMinor: 7_160 * Y },
  { upToMinor: null, rateBp: 4_500, quickDeductionMinor: 15_160 * Y },
];

export type RentCityTier = 'tier-1' | 'tier-2' | 'tier-3';
export const RENT_CITY_TIERS = ['tier-1', 'tier-2', 'tier-3'] as const satisfies readonly RentCityTier[];

export interface SpecialDeductionAmounts {
  readonly childUnder3MonthlyMinor: number;
  readonly childEducationMonthlyMinor: number;
  readonly elderlyOnlyChildMonthlyMinor: number;
  /** A sibling's share of the elderly-parent deduction may not exceed this, whatever the split. */
  readonly elderlySharedMaxMonthlyMinor: number;
  readonly continuingEducationAcademicMonthlyMinor: number;
  readonly continuingEducationCertificateAnnualMinor: number;
  readonly mortgageInterestMonthlyMinor: number;
  /**
   * tier-1: municipalities, provincial capitals, cities listed separately in the plan and others the State
   * Council names; tier-2: other cities with a registered population above one million; tier-3: the rest.
   */
  readonly rentMonthlyMinor: Readonly<Record<RentCityTier, number>>;
  /** Out-of-pocket medical costs count only above the threshold, and only up to the cap. */
  readonly seriousIllnessThresholdMinor: number;
  readonly seriousIllnessMaxMinor: number;
}

/**
 * enacted: the rule is in force for these years as published.
 * assumed-unchanged: nothing has been published for these years; the statutory parts are carried forward
 * and the UI must say "assumed, verify".
 */
export type RuleBasis = 'enacted' | 'assumed-unchanged';

export interface ChinaRuleSet {
  readonly id: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly basis: RuleBasis;
  readonly reviewedOn: IsoDate;
  readonly annualTable: TaxTable;
  readonly monthlyTable: TaxTable;
  readonly basicDeductionAnnualMinor: number;
  readonly nonResidentMonthlyDeductionMinor: number;
  readonly specialDeductions: SpecialDeductionAmounts;
}

const SPECIAL_DEDUCTIONS_2023: SpecialDeductionAmounts = {
  childUnder3MonthlyMinor: 2_000 * Y,
  childEducationMonthlyMinor: 2_000 * Y,
  elderlyOnlyChildMonthlyMinor: 3_000 * Y,
  elderlySharedMaxMonthlyMinor: 1_500 * Y,
  continuingEducationAcademicMonthlyMinor: 400 * Y,
  continuingEducationCertificateAnnualMinor: 3_600 * Y,
  mortgageInterestMonthlyMinor: 1_000 * Y,
  rentMonthlyMinor: { 'tier-1': 1_500 * Y, 'tier-2': 1_100 * Y, 'tier-3': 800 * Y },
  seriousIllnessThresholdMinor: 15_000 * Y,
  seriousIllnessMaxMinor: 80_000 * Y,
};

/**
 * 2023 is the first year with today's special deduction amounts (the child-under-3 deduction doubled then),
 * so earlier years get no rule rather than wrong amounts.
 *
 * After 2027: the tables, the 60,000 and the 5,000 are in the IIT Law itself and have no end date, and the
 * special deduction amounts are a State Council decision without one; but nobody can know they will be the
 * same in 2028, so those years run on an explicitly "assumed-unchanged" set that the caller may refuse.
 * It stops at 2033 (a six-year horizon starting in 2028): further out we would only be guessing.
 * The sunset features below are not assumed at all: their legal basis ends on 2027-12-31.
 */
export const CHINA_RULE_SETS: readonly ChinaRuleSet[] = [
  {
    id: 'cn-iit-2023',
    firstYear: 2023,
    lastYear: 2027,
    basis: 'enacted',
    reviewedOn: '2025-07-02',
    annualTable: CHINA_ANNUAL_TABLE,
    monthlyTable: CHINA_MONTHLY_TABLE,
    basicDeductionAnnualMinor: 60_000 * Y,
    nonResidentMonthlyDeductionMinor: 5_000 * Y,
    specialDeductions: SPECIAL_DEDUCTIONS_2023,
  },
  {
    id: 'cn-iit-2028-assumed',
    firstYear: 2028,
    lastYear: 2033,
    basis: 'assumed-unchanged',
    reviewedOn: '2025-07-02',
    annualTable: CHINA_ANNUAL_TABLE,
    monthlyTable: CHINA_MONTHLY_TABLE,
    basicDeductionAnnualMinor: 60_000 * Y,
    nonResidentMonthlyDeductionMinor: 5_000 * Y,
    specialDeductions: SPECIAL_DEDUCTIONS_2023,
  },
];

/** A time-limited preferential policy: it applies to payments made from `from` to `until`, both included. */
export interface PolicyWindow {
  readonly from: IsoDate;
  readonly until: IsoDate;
  readonly source: string;
}

/** Annual one-off bonus taxed apart from other income (Announcement 2023 No. 30). */
export const SEPARATE_BONUS_WINDOW: PolicyWindow = {
  from: '2019-01-01',
  until: '2027-12-31',
  source: 'MOF/STA Announcement 2023 No. 30',
};

/** Foreign individuals' reimbursed allowances tax-exempt (Announcement 2023 No. 29). */
export const FOREIGN_ALLOWANCE_EXEMPTION_WINDOW: PolicyWindow = {
  from: '2019-01-01',
  until: '2027-12-31',
  source: 'MOF/STA Announcement 2023 No. 29',
};

/**
 * Whole calendar year or nothing: the answer for a tax year whose payments carry no dates (the engine's
 * default). Both windows end on a 31 December, so for a calendar year this is the same as asking about any
 * payment inside it; a payment date, when the caller knows it, is asked about with isPolicyInForceOn.
 */
export function isPolicyAvailable(window: PolicyWindow, taxYear: number): boolean {
  return compareIso(window.from, `${taxYear}-01-01`) <= 0 && compareIso(`${taxYear}-12-31`, window.until) <= 0;
}

/**
 * Whether a payment made on `date` (yyyy-MM-dd) falls inside the window, both ends included. The reliefs
 * attach to payments: a bonus paid on 2028-03-01 cannot be taxed separately even if most of the year it
 * rewards lies in 2027, and an allowance for January 2028 is not exempt.
 */
export function isPolicyInForceOn(window: PolicyWindow, date: IsoDate): boolean {
  return compareIso(window.from, date) <= 0 && compareIso(date, window.until) <= 0;
}

export interface ChinaRulesForYear {
  readonly taxYear: number;
  readonly ruleSet: ChinaRuleSet;
  readonly isSeparateBonusAvailable: boolean;
  readonly isForeignAllowanceExemptionAvailable: boolean;
}

export type ChinaRuleLookup =
  | { readonly ok: true; readonly rules: ChinaRulesForYear }
  | { readonly ok: false; readonly reason: 'no-rule-for-year'; readonly taxYear: number };

export interface RuleLookupOptions {
  /** false: years covered only by an assumed-unchanged set get "no rule" too. Default true. */
  readonly allowAssumedRules?: boolean;
}

export function findChinaRules(taxYear: number, options: RuleLookupOptions = {}): ChinaRuleLookup {
  const allowAssumed = options.allowAssumedRules ?? true;
  const ruleSet = Number.isInteger(taxYear)
    ? CHINA_RULE_SETS.find(
        (set) => taxYear >= set.firstYear && taxYear <= set.lastYear && (allowAssumed || set.basis === 'enacted'),
      )
    : undefined;
  if (!ruleSet) return { ok: false, reason: 'no-rule-for-year', taxYear };
  return {
    ok: true,
    rules: {
      taxYear,
      ruleSet,
      isSeparateBonusAvailable: isPolicyAvailable(SEPARATE_BONUS_WINDOW, taxYear),
      isForeignAllowanceExemptionAvailable: isPolicyAvailable(FOREIGN_ALLOWANCE_EXEMPTION_WINDOW, taxYear),
    },
  };
}
