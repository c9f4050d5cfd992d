import type { IsoDate } from '../dates/iso-date';
import type { BonusTrap } from './bonus-trap';
import type { RuleBasis } from './china-rules';
import type { ExplanationStep } from './explanation';
import type { TaxMessageKey } from './messages';
import type { TaxModel } from './schema';

/**
 * One person's income in one tax year (a calendar year in China), in minor units of one currency. The
 * offers module's yearly breakdown is mapped onto this by the integration; the tax engine knows nothing of
 * offers.
 */
export interface TaxYearInput {
  readonly taxYear: number;
  /** Taxable pay other than the items below: base, 13th month, allowances not reimbursed, sign-on, taxable subsidies. */
  readonly wagesMinor: number;
  /**
   * The base salary inside wagesMinor (13th month included; sign-on, cash allowances and subsidies not).
   * It is the default social insurance and housing fund base: contributions are a percent of the salary,
   * and a one-off sign-on must not raise them. Required, so no caller gets wages as the base by accident.
   */
  readonly baseSalaryMinor: number;
  /** The annual one-off bonus (the only income the separate-bonus option may apply to). */
  readonly annualBonusMinor: number;
  /** Equity vested (RSUs) or exercised (options' spread) in the year. */
  readonly equityVestedMinor: number;
  /** Allowances paid by reimbursement against invoices (housing, language, children's education, home leave...). */
  readonly reimbursedAllowancesMinor: number;
  /** Months of the year with wages (1-12), default 12: sets contribution months and the non-resident's months. */
  readonly monthsEmployed?: number;
  /**
   * When the annual bonus is paid (yyyy-MM-dd). The separate-bonus option exists for a bonus paid by
   * 2027-12-31, so the payment date decides it, not the tax year. Omitted: paid within taxYear.
   */
  readonly annualBonusPaidOn?: IsoDate;
  /**
   * reimbursedAllowancesMinor by payment date (amounts add up to it). The foreign allowance exemption covers
   * payments made by 2027-12-31, so a year straddling that date is exempt only in part. Omitted: every
   * payment falls within taxYear.
   */
  readonly reimbursedAllowancePayments?: readonly DatedAmount[];
  /**
   * China, residents: the part of equityVestedMinor from grants the person confirms as a qualifying listed
   * company's plan (taxed separately until 2027-12-31). Omitted: 0, all equity is wages.
   */
  readonly equitySeparateMinor?: number;
  /** equitySeparateMinor by vest date; only vests up to 2027-12-31 qualify. Omitted: all within taxYear. */
  readonly equitySeparatePayments?: readonly DatedAmount[];
  /** China: the part of equityVestedMinor from an unlisted company's grant under a filed deferral plan. */
  readonly equityDeferredMinor?: number;
  /**
   * All of equityVestedMinor by vest date (amounts add up to it), marked or not. Only the "both ways" line
   * uses it: a vest after 2027-12-31 could not be taxed separately even if its plan qualified. Omitted: every
   * vest falls within taxYear.
   */
  readonly equityVestPayments?: readonly DatedAmount[];
}

/** An amount paid on a date (yyyy-MM-dd), in the same minor units as the rest of the input. */
export interface DatedAmount {
  readonly paidOn: IsoDate;
  readonly amountMinor: number;
}

/** The input after defaults: every model sees the same complete shape; null = no date given. */
export type ResolvedTaxYearInput = Required<
  Omit<TaxYearInput, 'annualBonusPaidOn' | 'reimbursedAllowancePayments' | 'equitySeparateMinor' | 'equitySeparatePayments' | 'equityDeferredMinor' | 'equityVestPayments'>
> & {
  readonly annualBonusPaidOn: IsoDate | null;
  readonly reimbursedAllowancePayments: readonly DatedAmount[] | null;
  readonly equitySeparateMinor?: number;
  readonly equitySeparatePayments?: readonly DatedAmount[] | null;
  readonly equityDeferredMinor?: number;
  readonly equityVestPayments?: readonly DatedAmount[];
};

export type BonusTreatment = 'separate' | 'combined';
/** exempt: allowances tax-free, no special deductions; deductions: allowances taxed, special deductions claimed; taxed: allowances taxed, nothing in exchange (non-residents). */
export type AllowanceTreatment = 'exempt' | 'deductions' | 'taxed';

export interface TaxOptionOutcome {
  readonly bonusTreatment: BonusTreatment;
  readonly allowanceTreatment: AllowanceTreatment;
  readonly taxMinor: number;
  readonly takeHomeMinor: number;
}

export interface TaxComputation {
  readonly model: TaxModel;
  readonly taxYear: number;
  /** null for the effective-rate and none models, which use no published rule. */
  readonly ruleSetId: string | null;
  readonly ruleBasis: RuleBasis | 'person-entered' | 'no-tax';
  /** Everything received: wages + bonus + equity + reimbursed allowances. */
  readonly grossMinor: number;
  /** Employee social insurance and housing fund: withheld from pay, so they reduce take-home too. */
  readonly contributionsMinor: number;
  /** Annual comprehensive taxable income (China resident); null for the other models. */
  readonly taxableIncomeMinor: number | null;
  readonly taxMinor: number;
  /** gross - tax - contributions. */
  readonly takeHomeMinor: number;
  /** The rate on the next unit of wages: always a rate of the table used (or the entered rate). */
  readonly marginalRateBp: number;
  /** null where the model has no annual bonus choice (no bonus, non-resident, effective rate, none). */
  readonly bonusTreatment: BonusTreatment | null;
  readonly allowanceTreatment: AllowanceTreatment | null;
  /** The option combination that leaves the most take-home, which the UI suggests. */
  readonly suggested: { readonly bonusTreatment: BonusTreatment | null; readonly allowanceTreatment: AllowanceTreatment | null } | null;
  readonly isSeparateBonusAvailable: boolean;
  readonly isAllowanceExemptionAvailable: boolean;
  /** Every option combination the person could pick this year, with its outcome. */
  readonly options: readonly TaxOptionOutcome[];
  /** Present when the bonus taxed separately falls in a threshold dead zone (whether or not separate is chosen). */
  readonly bonusTrap: BonusTrap | null;
  /** Things the UI must show next to the figures: assumptions, simplifications, unavailable options. */
  readonly notices: readonly TaxMessageKey[];
  readonly explanation: readonly ExplanationStep[];
  /**
   * A US citizen or green-card holder paid abroad: what the US still takes (already inside taxMinor), in the
   * computation's currency, with the route, the carryover and the figures in USD.
   */
  readonly usAbroad?: UsAbroadSummary;
}

export interface UsAbroadSummary {
  readonly status: 'computed' | 'missing-rate' | 'no-rule';
  /** In the computation's currency (0 unless computed). */
  readonly totalMinor: number;
  readonly chosen: 'feie' | 'ftc' | null;
  readonly suggested: 'feie' | 'ftc' | null;
  /** USD cents. */
  readonly usd: {
    readonly usIncomeTaxMinor: number;
    readonly ficaMinor: number;
    readonly californiaMinor: number;
    readonly totalMinor: number;
    readonly carryoverMinor: number;
    readonly feieTaxMinor: number;
    readonly ftcTaxMinor: number;
    readonly feieCarryoverMinor: number;
    readonly ftcCarryoverMinor: number;
  } | null;
}

export type TaxError =
  | { readonly code: 'no-rule-for-year'; readonly taxYear: number; readonly messageKey: 'tax.error.noRuleForYear' }
  | { readonly code: 'invalid-input'; readonly field: string; readonly messageKey: 'tax.error.invalidInput' };

export type TaxResult = { readonly ok: true; readonly value: TaxComputation } | { readonly ok: false; readonly error: TaxError };

/**
 * The China-only choices (separate bonus, allowance exemption) as "none": what every other model reports,
 * so a non-China computation spreads this instead of repeating the list.
 */
export const NO_CHINA_CHOICES = {
  bonusTreatment: null,
  allowanceTreatment: null,
  suggested: null,
  isSeparateBonusAvailable: false,
  isAllowanceExemptionAvailable: false,
  options: [],
  bonusTrap: null,
} as const satisfies Pick<
  TaxComputation,
  'bonusTreatment' | 'allowanceTreatment' | 'suggested' | 'isSeparateBonusAvailable' | 'isAllowanceExemptionAvailable' | 'options' | 'bonusTrap'
>;
