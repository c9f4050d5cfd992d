import { dayNumberOf, isoDateOfDayNumber } from '../dates/day-numbers';
import type { IsoDate } from '../dates/iso-date';
import type { Stay } from './schema';

/*
 * China counts a day as a day of residence only when the person is in China for the whole 24 hours of it
 * (MOF/STA Announcement 2019 No. 34, art. 4), so the day of entry and the day of exit are not full days:
 * a stay entered on the 1st and left on the 3rd has one full day, the 2nd. The FEIE's physical-presence
 * test also counts only full days (24 hours from midnight), so the same ranges serve both.
 *
 * Days are handled as numbers (days since 1970-01-01, shared/dates/day-numbers.ts) so counting is
 * arithmetic, not a walk over dates.
 */
export const dayNumber = dayNumberOf;
export const dayDate = isoDateOfDayNumber;

/** An inclusive range of day numbers; empty when last < first. */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

export interface CountOptions {
  /** Include the stays marked as planned. */
  readonly includePlanned: boolean;
  /** The last day an open stay (no exit yet) is counted through: the end of the last year shown. */
  readonly openUntil: IsoDate;
}

export function countedStays(stays: readonly Stay[], includePlanned: boolean): Stay[] {
  return stays.filter((stay) => includePlanned || !stay.isPlanned).sort((a, b) => (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0));
}

/** Full days in China of each stay, in order. An open stay counts as staying through `openUntil`. */
export function fullDayRanges(stays: readonly Stay[], options: CountOptions): DayRange[] {
  return countedStays(stays, options.includePlanned)
    .map((stay) => ({
      first: dayNumber(stay.entry) + 1,
      // An open stay has no exit day, so openUntil itself is a full day.
      last: stay.exit === null ? dayNumber(options.openUntil) : dayNumber(stay.exit) - 1,
    }))
    .filter((range) => range.last >= range.first);
}

/**
 * Absences: the full days outside China between leaving and coming back (the travel days are partly in
 * China, so they are not days away either). After the last exit the absence runs to `openUntil`. The time
 * before the first entry is not an absence: nobody left.
 */
export function absenceRanges(stays: readonly Stay[], options: CountOptions): DayRange[] {
  const ordered = countedStays(stays, options.includePlanned);
  const ranges: DayRange[] = [];
  ordered.forEach((stay, index) => {
    if (stay.exit === null) return;
    const next = ordered[index + 1];
    const first = dayNumber(stay.exit) + 1;
    const last = next ? dayNumber(next.entry) - 1 : dayNumber(options.openUntil);
    if (last >= first) ranges.push({ first, last });
  });
  return ranges;
}

/** How many days of the range fall inside [first, last]. */
export function overlapDays(range: DayRange, first: number, last: number): number {
  return Math.max(0, Math.min(range.last, last) - Math.max(range.first, first) + 1);
}
