import type { IsoDate } from '../dates/iso-date';
import { FOREIGN_ALLOWANCE_EXEMPTION_WINDOW, SEPARATE_BONUS_WINDOW, findChinaRules, isPolicyInForceOn } from '../tax/china-rules';
import type { AllowanceTreatment, BonusTreatment, TaxComputation } from '../tax/tax-result';
import type { OfferTakeHome } from './offer-take-home';
import { offerMonthDate, offerYearMonths, offerYearPeriod, offerYearPeriods, type OfferYearPeriod } from './tax-year-rule';

/**
 * Which offer years may use the time-limited options. Both attach to payments made by 2027-12-31 (see
 * tax-year-rule.ts and shared/tax/relief-timing.ts): the separate option to a bonus paid by then (year k's
 * bonus is paid at month 12k), the exemption to the allowance months up to then. The settings panel offers
 * "taxed separately" and the allowance exemption only when at least one year of the horizon has them.
 */
export interface YearReliefDates {
  readonly year: number;
  readonly annualBonusPaidOn: IsoDate;
  readonly isSeparateBonusAvailable: boolean;
  /** How many of the year's twelve allowance months are paid by the exemption's end date (0-12). */
  readonly exemptionMonths: number;
}

export interface OptionAvailability {
  readonly separateBonusYears: readonly number[];
  readonly exemptionYears: readonly number[];
  /** Every year of the horizon that has a rule, with the dates behind the two lists above. */
  readonly years: readonly YearReliefDates[];
  /** When year 1's bonus is paid, the earliest any bonus of the offer can be (for the "not offered" hint). */
  readonly firstBonusPaidOn: IsoDate;
}

export function yearReliefDates(startDate: IsoDate, period: OfferYearPeriod): YearReliefDates {
  const exemptionMonths = offerYearMonths(period.year).filter((month) =>
    isPolicyInForceOn(FOREIGN_ALLOWANCE_EXEMPTION_WINDOW, offerMonthDate(startDate, month)),
  ).length;
  return {
    year: period.year,
    annualBonusPaidOn: period.annualBonusPaidOn,
    isSeparateBonusAvailable: isPolicyInForceOn(SEPARATE_BONUS_WINDOW, period.annualBonusPaidOn),
    exemptionMonths,
  };
}

export function optionAvailability(startDate: IsoDate, horizonYears: number): OptionAvailability {
  const periods = offerYearPeriods(startDate, horizonYears);
  const years = periods
    // A year the engine has no rule for is not taxed at all, so it has no options either.
    .filter((period) => findChinaRules(period.taxYear).ok)
    .map((period) => yearReliefDates(startDate, period));
  return {
    separateBonusYears: years.filter((y) => y.isSeparateBonusAvailable).map((y) => y.year),
    exemptionYears: years.filter((y) => y.exemptionMonths > 0).map((y) => y.year),
    years,
    firstBonusPaidOn: offerYearPeriod(startDate, 1).annualBonusPaidOn,
  };
}

export interface ChoiceSummary<T extends string> {
  readonly chosen: T;
  readonly suggested: T;
  /** Tax under each option (with the other choice as chosen), in the computation's currency. */
  readonly taxByOption: Readonly<Partial<Record<T, number>>>;
  /** How much tax the suggested option saves against the other one (0 on a tie). */
  readonly savingMinor: number;
}

export interface YearOptionSummary {
  readonly year: number;
  readonly taxYear: number;
  /** null: no choice this year (no bonus, or the separate option has ended, or not a China resident). */
  readonly bonus: ChoiceSummary<BonusTreatment> | null;
  /** null: no choice this year (not a foreign national, or the exemption has ended). */
  readonly allowances: ChoiceSummary<AllowanceTreatment> | null;
}

function summarize<T extends string>(
  computation: TaxComputation,
  values: readonly T[],
  of: (o: TaxComputation['options'][number]) => T,
  otherMatches: (o: TaxComputation['options'][number]) => boolean,
  chosen: T,
  suggested: T,
): ChoiceSummary<T> | null {
  const taxByOption: Partial<Record<T, number>> = {};
  for (const value of values) {
    const candidates = computation.options.filter((o) => of(o) === value && otherMatches(o));
    if (candidates.length === 0) return null;
    taxByOption[value] = Math.min(...candidates.map((o) => o.taxMinor));
  }
  const taxes = values.map((v) => taxByOption[v] ?? 0);
  return { chosen, suggested, taxByOption, savingMinor: Math.max(...taxes) - Math.min(...taxes) };
}

/** Per taxed year, the bonus and allowance choices the person has, with the tax of each and the suggestion. */
export function taxOptionSummaries(takeHome: OfferTakeHome): YearOptionSummary[] {
  return takeHome.years.flatMap((year): YearOptionSummary[] => {
    if (year.outcome.status !== 'taxed') return [];
    const c = year.outcome.computation;
    const hasBonusChoice = c.bonusTreatment !== null && c.isSeparateBonusAvailable && c.suggested?.bonusTreatment != null;
    const hasAllowanceChoice = c.model === 'china-resident' && c.isAllowanceExemptionAvailable && c.allowanceTreatment !== null;
    const bonus = hasBonusChoice
      ? summarize<BonusTreatment>(c, ['separate', 'combined'], (o) => o.bonusTreatment, (o) => o.allowanceTreatment === c.allowanceTreatment, c.bonusTreatment ?? 'combined', c.suggested?.bonusTreatment ?? 'combined')
      : null;
    const allowances = hasAllowanceChoice
      ? summarize<AllowanceTreatment>(c, ['exempt', 'deductions'], (o) => o.allowanceTreatment, (o) => c.bonusTreatment === null || o.bonusTreatment === c.bonusTreatment, c.allowanceTreatment ?? 'deductions', c.suggested?.allowanceTreatment ?? 'deductions')
      : null;
    return [{ year: year.year, taxYear: year.period.taxYear, bonus, allowances }];
  });
}
