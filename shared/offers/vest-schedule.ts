import { BP_WHOLE } from '../money';
import type { VestingSchedule } from './offer-schema';
import { yearlyVestingBp, type VestingFrequency } from './vesting-presets';

/**
 * A vest is a share of the grant expressed as fractionNum / VEST_FRACTION_DEN. The denominator is
 * basis points x 12 so yearly, quarterly and monthly slices of any yearly percentage are exact integers.
 */
export const VEST_FRACTION_DEN = BP_WHOLE * 12;

export interface VestEvent {
  /** Months after the grant. */
  month: number;
  fractionNum: number;
}

const EVENTS_PER_YEAR: Record<VestingFrequency, number> = { yearly: 1, quarterly: 4, monthly: 12 };

/**
 * The vest dates of one grant. Each year's percentage is split evenly over that year's vest dates. Nothing
 * vests before the cliff: every slice due at or before the cliff vests together at the cliff, and after it
 * the schedule continues at its frequency. So 25/25/25/25 with a 12-month cliff vesting monthly gives 25 %
 * at month 12, then 2.0833 % each month.
 */
export function vestEvents(schedule: VestingSchedule): VestEvent[] {
  const yearly = yearlyVestingBp(schedule);
  const perYear = EVENTS_PER_YEAR[schedule.frequency];
  const step = 12 / perYear;
  const events: VestEvent[] = [];
  let atCliff = 0;
  yearly.forEach((bp, yearIndex) => {
    for (let slice = 1; slice <= perYear; slice += 1) {
      const month = yearIndex * 12 + slice * step;
      const fractionNum = bp * step;
      if (month <= schedule.cliffMonths) atCliff += fractionNum;
      else if (fractionNum > 0) events.push({ month, fractionNum });
    }
  });
  if (atCliff > 0) events.unshift({ month: schedule.cliffMonths, fractionNum: atCliff });
  return events;
}
