import { BP_WHOLE, mulDivRound } from '../money';
import type { EquityGrant } from './offer-schema';
import { VEST_FRACTION_DEN, vestEvents } from './vest-schedule';

/**
 * Values equity vests in minor units. The only float in the money paths is the growth factor (1 + g)^t.
 * It is turned into an integer scaled by GROWTH_SCALE (12 decimal places) and everything else is exact
 * BigInt arithmetic. Vest j is worth round(C_j) - round(C_{j-1}), where C_j is the exact cumulative value
 * of vests 1..j after growth and discount: each vest comes from one rounding to minor units, no drift
 * accumulates, and without growth the vests add up to the grant's (discounted) value exactly.
 */
export const GROWTH_SCALE = 1_000_000_000_000n;

export interface EquityVest {
  grantId: string;
  /** 0 for the grant made at the start; 12k for the refresher expected at the k-th anniversary. */
  grantMonth: number;
  isRefresher: boolean;
  /** Months after the start date. */
  month: number;
  valueMinor: number;
}

/** (1 + g)^(months / 12), scaled; exactly GROWTH_SCALE when there is no growth or no time has passed. */
export function growthFactorScaled(yearlyGrowthBp: number, months: number): bigint {
  if (yearlyGrowthBp === 0 || months === 0) return GROWTH_SCALE;
  const factor = (1 + yearlyGrowthBp / BP_WHOLE) ** (months / 12);
  return BigInt(Math.round(factor * Number(GROWTH_SCALE)));
}

/** The whole grant's value at `monthsSinceGrant`, scaled by GROWTH_SCALE, before vesting and discount. */
function grantValueScaledAt(grant: EquityGrant, isRefresher: boolean, monthsSinceGrant: number): bigint {
  const growth = growthFactorScaled(grant.yearlyGrowthBp, monthsSinceGrant);
  if (isRefresher) return BigInt(grant.refresherYearlyMinor) * growth;
  if (grant.kind === 'option') {
    // An option is worth its spread; under water it is worth nothing, never a negative amount.
    const spread = BigInt(grant.priceMinor) * growth - BigInt(grant.strikeMinor) * GROWTH_SCALE;
    return spread > 0n ? BigInt(grant.shares) * spread : 0n;
  }
  const today = grant.rsuValuation === 'value' ? BigInt(grant.grantValueMinor) : BigInt(grant.shares) * BigInt(grant.priceMinor);
  return today * growth;
}

function vestsOfOneGrant(grant: EquityGrant, grantMonth: number, isRefresher: boolean): EquityVest[] {
  const den = BigInt(VEST_FRACTION_DEN) * BigInt(BP_WHOLE) * GROWTH_SCALE;
  const keep = BP_WHOLE - grant.privateDiscountBp;
  let cumulative = 0n;
  let roundedBefore = 0;
  return vestEvents(grant.vesting).map((event) => {
    cumulative += BigInt(event.fractionNum) * grantValueScaledAt(grant, isRefresher, event.month);
    const roundedNow = mulDivRound(cumulative, keep, den);
    const valueMinor = roundedNow - roundedBefore;
    roundedBefore = roundedNow;
    return { grantId: grant.id, grantMonth, isRefresher, month: grantMonth + event.month, valueMinor };
  });
}

/**
 * Every vest of a grant and of its expected refreshers granted at anniversaries up to `lastGrantMonth`.
 * A refresher is a grant of refresherYearlyMinor at that anniversary's price (for an options grant too:
 * companies quote refreshers as a value), vesting on the same schedule and cliff, growing from its own
 * grant date and carrying the same private-company discount.
 */
export function grantVests(grant: EquityGrant, lastGrantMonth: number): EquityVest[] {
  const vests = vestsOfOneGrant(grant, 0, false);
  if (grant.refresherYearlyMinor > 0) {
    for (let grantMonth = 12; grantMonth <= lastGrantMonth; grantMonth += 12) {
      vests.push(...vestsOfOneGrant(grant, grantMonth, true));
    }
  }
  return vests;
}

/** The undiscounted, ungrown value of the initial grant today (what the offer letter states). */
export function grantFaceValue(grant: EquityGrant): number {
  if (grant.kind === 'option') return mulDivRound(grant.shares, Math.max(0, grant.priceMinor - grant.strikeMinor), 1);
  return grant.rsuValuation === 'value' ? grant.grantValueMinor : mulDivRound(grant.shares, grant.priceMinor, 1);
}
