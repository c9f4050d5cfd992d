import { applyBp } from '../money';
import type { BaseSalary } from './offer-schema';

/** The first year's base: the annual figure, or the monthly salary times the months paid (13th/14th month). */
export function firstYearBase(base: BaseSalary): number {
  return base.kind === 'annual' ? base.amountMinor : base.amountMinor * base.monthsPerYear;
}

/**
 * Base per year for years 1..years. The raise takes effect at each anniversary and compounds. Each year's
 * figure is rounded to minor units before the next raise, as a payroll would state the new salary.
 */
export function baseByYear(base: BaseSalary, years: number): number[] {
  const result: number[] = [];
  let current = firstYearBase(base);
  for (let year = 1; year <= years; year += 1) {
    result.push(current);
    current += applyBp(current, base.yearlyRaiseBp);
  }
  return result;
}
