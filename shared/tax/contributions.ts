import { applyBp, mulDivRound } from '../money';
import { step, type ExplanationStep } from './explanation';
import type { ContributionSettings } from './schema';

export interface ContributionResult {
  readonly annualMinor: number;
  readonly steps: readonly ExplanationStep[];
}

export type ContributionKind = 'socialInsurance' | 'housingFund';

/**
 * The employee's social insurance or housing fund for one tax year.
 * percent-of-base: base = the entered monthly base, or else the year's base salary spread over the months
 * employed. Not all wages: the base is a monthly salary figure, and a sign-on, cash allowances or a subsidy
 * paid once would otherwise inflate twelve months of contributions. Capped at the monthly ceiling; each
 * month's contribution is rounded to the fen (payroll rounds per month; some cities round to the jiao or
 * yuan, a difference of cents a year that we accept).
 * annual-amount: the person's figure for a full year, pro rata for the months employed.
 */
export function computeContribution(
  kind: ContributionKind,
  settings: ContributionSettings,
  baseSalaryMinor: number,
  monthsEmployed: number,
): ContributionResult {
  const labelKey = kind === 'socialInsurance' ? 'tax.explain.socialInsurance' : 'tax.explain.housingFund';
  switch (settings.kind) {
    case 'none':
      return { annualMinor: 0, steps: [] };
    case 'annual-amount': {
      const annualMinor = mulDivRound(settings.annualMinor, monthsEmployed, 12);
      return {
        annualMinor,
        steps: [step(labelKey, { enteredAnnualMinor: settings.annualMinor, months: monthsEmployed, amountMinor: annualMinor })],
      };
    }
    case 'percent-of-base': {
      const salaryMonthMinor = monthsEmployed > 0 ? mulDivRound(baseSalaryMinor, 1, monthsEmployed) : 0;
      const uncappedBaseMinor = settings.monthlyBaseMinor ?? salaryMonthMinor;
      const baseMinor =
        settings.monthlyBaseCapMinor === null ? uncappedBaseMinor : Math.min(uncappedBaseMinor, settings.monthlyBaseCapMinor);
      const monthlyMinor = applyBp(baseMinor, settings.rateBp);
      const annualMinor = monthlyMinor * monthsEmployed;
      return {
        annualMinor,
        steps: [
          step(labelKey, {
            monthlyBaseMinor: baseMinor,
            isCapped: baseMinor < uncappedBaseMinor,
            rateBp: settings.rateBp,
            monthlyMinor,
            months: monthsEmployed,
            amountMinor: annualMinor,
          }),
        ],
      };
    }
  }
}
