import type { IsoDate } from '../dates/iso-date';
import { dayNumberOf, isoDateOfDayNumber, isoWeekdayOfDayNumber } from '../dates/day-numbers';
import { isFixedRestWeekday } from './rest-days';
import type { RestRule, StudyLogEntry } from './schema';
import { dailyTotals, isStudyDay } from './study-log';

/**
 * study:   something was logged (a rest day with study is a study day)
 * rest:    a planned rest day without study: neutral, it neither extends nor breaks a streak
 * missed:  a past day without study and without rest left to cover it: breaks a streak
 * pending: today, nothing logged yet: the day is not over, so it cannot break anything
 * future:  after today
 * before-start: before the first day anything was logged (only the calendar shows these)
 */
export const DAY_KINDS = ['study', 'rest', 'missed', 'pending', 'future', 'before-start'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export interface DayStatus {
  date: IsoDate;
  kind: DayKind;
  minutes: number;
  newWords: number;
  /** A fixed rest weekday, shown on the calendar even when the person studied anyway. */
  isPlannedRest: boolean;
}

/**
 * Classifies each day of [from, to]. A per-week allowance of n rest days covers the first n days without
 * study in each Monday-to-Sunday week, counted from `from` (days before the range never use it up), so
 * callers that need consistent answers start the range where the person started studying.
 */
export function classifyDays(
  log: readonly Pick<StudyLogEntry, 'date' | 'minutes' | 'newWords'>[],
  rest: RestRule,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
): DayStatus[] {
  const totals = dailyTotals(log);
  const days: DayStatus[] = [];
  // Day numbers rather than date-fns per day: this walks every day since the person started (note 0019).
  const first = dayNumberOf(from);
  const last = dayNumberOf(to);
  const todayNumber = dayNumberOf(today);
  let restUsedThisWeek = 0;
  for (let dayNumber = first; dayNumber <= last; dayNumber += 1) {
    const date = isoDateOfDayNumber(dayNumber);
    const weekday = isoWeekdayOfDayNumber(dayNumber);
    if (weekday === 1) restUsedThisWeek = 0;
    const total = totals.get(date);
    const isPlannedRest = isFixedRestWeekday(rest, weekday);
    const base = { date, minutes: total?.minutes ?? 0, newWords: total?.newWords ?? 0, isPlannedRest };
    let kind: DayKind;
    if (dayNumber > todayNumber) kind = 'future';
    else if (isStudyDay(total)) kind = 'study';
    else if (dayNumber === todayNumber) kind = 'pending';
    else if (isPlannedRest) kind = 'rest';
    else if (rest.kind === 'per-week' && restUsedThisWeek < rest.daysPerWeek) {
      restUsedThisWeek += 1;
      kind = 'rest';
    } else kind = 'missed';
    days.push({ ...base, kind });
  }
  return days;
}
