import { applyBp } from '../money';
import type { Bonus } from './offer-schema';

/** A year's bonus at target: a percentage of that same year's base (after its raise), or a fixed amount. */
export function bonusForYear(bonus: Bonus, baseMinor: number): number {
  return bonus.kind === 'fixed' ? bonus.fixedMinor : applyBp(baseMinor, bonus.targetBp);
}

export function bonusByYear(bonus: Bonus, basePerYear: readonly number[]): number[] {
  return basePerYear.map((base) => bonusForYear(bonus, base));
}
