import { findChinaRules } from '../tax/china-rules';
import type { AllowanceTreatment, BonusTreatment, TaxComputation } from '../tax/tax-result';
import type { OfferTakeHome } from './offer-take-home';
import { offerYearPeriods } from './tax-year-rule';

/**
 * Which offer years may use the time-limited options (both end on 2027-12-31). The settings panel offers
 * "taxed separately" and the allowance exemption only when at least one year of the horizon has them.
 */
export interface OptionAvailability {
  readonly separateBonusYears: readonly number[];
  readonly exemptionYears: readonly number[];
}

export function optionAvailability(startDate: string, horizonYears: number): OptionAvailability {
  const separateBonusYears: number[] = [];
  const exemptionYears: number[] = [];
  for (const period of offerYearPeriods(startDate, horizonYears)) {
    const lookup = findChinaRules(period.taxYear);
    if (!lookup.ok) continue;
    if (lookup.rules.isSeparateBonusAvailable) separateBonusYears.push(period.year);
    if (lookup.rules.isForeignAllowanceExemptionAvailable) exemptionYears.push(period.year);
  }
  return { separateBonusYears, exemptionYears };
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
