import type { Relocation, SignOn } from './offer-schema';
import { addAtMonth, zeroYears } from './year-rule';

/** Sign-on installments placed in the year each is paid. */
export function signOnByYear(signOn: SignOn, years: number): number[] {
  const buckets = zeroYears(years);
  for (const installment of signOn.installments) addAtMonth(buckets, installment.month, installment.amountMinor);
  return buckets;
}

/**
 * Relocation in the year it is paid. A reimbursement cap counts at the cap: the comparison assumes the move
 * costs at least that much, which the company then pays instead of the person.
 */
export function relocationByYear(relocation: Relocation, years: number): number[] {
  const buckets = zeroYears(years);
  if (relocation.kind !== 'none') addAtMonth(buckets, relocation.month, relocation.amountMinor);
  return buckets;
}
