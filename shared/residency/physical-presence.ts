import { addMonthsIso, type IsoDate } from '../dates/iso-date';
import { dayDate, dayNumber, type DayRange } from './day-ranges';

/*
 * The Foreign Earned Income Exclusion's physical-presence test (IRS Publication 54; 26 U.S.C. 911(d)(1)(B)):
 * 330 full days in foreign countries during a period of 12 consecutive months, which may start on any day.
 * The log holds days in China only, so days in other foreign countries are not counted and the answer can
 * only understate, never overstate, the person's days abroad.
 */
export const FEIE_FULL_DAYS = 330;

export interface PresenceWindow {
  readonly from: IsoDate;
  /** The last day of the 12 months: from + 12 months - 1 day. */
  readonly to: IsoDate;
  readonly fullDays: number;
  readonly isMet: boolean;
}

/**
 * The 12-month window with the most full days (the earliest of equals). A best window can always start on
 * a full day: moving a start that is not one to the next full day drops no full day at the front and the
 * end only moves later. So every full day is tried as a start, counted with prefix sums.
 */
export function bestPresenceWindow(ranges: readonly DayRange[]): PresenceWindow | null {
  if (ranges.length === 0) return null;
  const spanFirst = Math.min(...ranges.map((r) => r.first));
  const spanLast = Math.max(...ranges.map((r) => r.last));
  const isFull = new Uint8Array(spanLast - spanFirst + 1);
  for (const range of ranges) isFull.fill(1, range.first - spanFirst, range.last - spanFirst + 1);
  // prefix[i] = full days among the first i days of the span.
  const prefix = new Int32Array(isFull.length + 1);
  isFull.forEach((flag, i) => {
    prefix[i + 1] = prefix[i]! + flag;
  });
  let best: PresenceWindow | null = null;
  for (let i = 0; i < isFull.length; i += 1) {
    if (!isFull[i]) continue;
    const from = dayDate(spanFirst + i);
    const end = dayNumber(addMonthsIso(from, 12)) - 1;
    const fullDays = prefix[Math.min(end, spanLast) - spanFirst + 1]! - prefix[i]!;
    if (!best || fullDays > best.fullDays) best = { from, to: dayDate(end), fullDays, isMet: fullDays >= FEIE_FULL_DAYS };
  }
  return best;
}
