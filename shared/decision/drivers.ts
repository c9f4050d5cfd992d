import { COMPONENT_KEYS, type ComponentKey } from '../offers/breakdown';
import type { OfferComparison, OfferComparisonEntry } from '../offers/compare-offers';
import type { VerdictBasis } from './basis';
import type { Verdict } from './verdict';

export type DriverKey = ComponentKey | 'tax' | 'livingCosts';

export interface Driver {
  key: DriverKey;
  /** The leader's amount minus the runner-up's, as it adds to the margin (tax and living costs signed as costs). */
  amountMinor: number;
}

/** Horizon amounts of one offer in home minor units by driver; tax and living costs as negative amounts. */
function parts(entry: OfferComparisonEntry, basis: VerdictBasis): Partial<Record<DriverKey, number>> | null {
  if (!entry.home.ok) return null;
  const total = entry.home.breakdown.horizonTotal;
  const out: Partial<Record<DriverKey, number>> = {};
  for (const key of COMPONENT_KEYS) out[key] = total[key];
  const after = entry.afterTax?.horizonHome;
  if (basis !== 'gross' && after) {
    out.tax = after.takeHomeMinor - total.total;
    if (basis === 'left' && after.leftMinor !== null) out.livingCosts = after.leftMinor - after.takeHomeMinor;
  }
  return out;
}

/**
 * What makes the difference between the leader and the runner-up: every component's difference on the
 * verdict's basis, largest first by size. Gross components come from the converted breakdown (each converted
 * once), so the drivers add up to the margin within a few cents of rounding.
 */
export function verdictDrivers(comparison: OfferComparison, verdict: Verdict): Driver[] {
  if (!verdict.leader || !verdict.runnerUp) return [];
  const find = (id: string) => comparison.entries.find((entry) => entry.offer.id === id);
  const leader = find(verdict.leader.offerId);
  const runnerUp = find(verdict.runnerUp.offerId);
  if (!leader || !runnerUp) return [];
  const a = parts(leader, verdict.basis);
  const b = parts(runnerUp, verdict.basis);
  if (!a || !b) return [];
  const keys: DriverKey[] = [...COMPONENT_KEYS, 'tax', 'livingCosts'];
  return keys
    .map((key) => ({ key, amountMinor: (a[key] ?? 0) - (b[key] ?? 0) }))
    .filter((driver) => driver.amountMinor !== 0)
    .sort((x, y) => Math.abs(y.amountMinor) - Math.abs(x.amountMinor));
}

/** The three that contribute most, as the verdict card shows them. */
export function topDrivers(comparison: OfferComparison, verdict: Verdict, count = 3): Driver[] {
  return verdictDrivers(comparison, verdict).slice(0, count);
}
