import type { Allowance, AllowanceKind } from './offer-schema';

/** One allowance's amount in a year: monthly amounts times twelve, nothing after its first-N-years limit. */
export function allowanceForYear(allowance: Allowance, year: number): number {
  if (allowance.firstYears !== null && year > allowance.firstYears) return 0;
  return allowance.period === 'month' ? allowance.amountMinor * 12 : allowance.amountMinor;
}

export function allowancesByYear(allowances: readonly Allowance[], years: number, kind?: AllowanceKind): number[] {
  return Array.from({ length: years }, (_, index) =>
    allowances
      .filter((allowance) => kind === undefined || allowance.kind === kind)
      .reduce((sum, allowance) => sum + allowanceForYear(allowance, index + 1), 0),
  );
}
