import type { IsoDate } from '../dates/iso-date';
import { dayNumberOf, isoDateOfDayNumber, weekStartDayNumber } from '../dates/day-numbers';
import type { LanguageGoal, StudyLogEntry } from './schema';
import { entriesForGoal, type DayTotal } from './study-log';
import { resolveTargetWords } from './target-words';

export interface WeekPoint {
  /** Monday of the week. */
  weekStart: IsoDate;
  weekEnd: IsoDate;
  minutes: number;
  newWords: number;
  /** The plan's share for this week; partial first and last weeks get a share by days. */
  plannedMinutes: number;
  plannedWords: number | null;
  isCurrent: boolean;
  isFuture: boolean;
}

/**
 * Weekly minutes and new words against the plan as it was set: the words the goal needed on
 * knownWordsAsOf spread evenly over the days up to the day before the target date, and the person's own
 * hours per week. Keeping that baseline fixed lets the chart show falling behind; the live quota, which
 * re-plans from today, is pacing()'s weeklyWordQuota. Weeks run Monday to Sunday, from the week of
 * knownWordsAsOf to the week of the target date (or of today, if later).
 */
export function weeklySeries(goal: LanguageGoal, log: readonly StudyLogEntry[], today: IsoDate): WeekPoint[] {
  const entries = entriesForGoal(log, goal.id);
  const planStart = dayNumberOf(goal.knownWordsAsOf);
  const planEndExclusive = dayNumberOf(goal.targetDate);
  const planDays = Math.max(0, planEndExclusive - planStart);
  const targetWords = resolveTargetWords(goal);
  const wordsPerPlanDay =
    targetWords === null ? null : planDays > 0 ? Math.max(0, targetWords - goal.knownWordsNow) / planDays : 0;
  const minutesPerDay = (goal.hoursPerWeek * 60) / 7;

  const todayNumber = dayNumberOf(today);
  const lastDay = Math.max(todayNumber, planEndExclusive);
  const todayWeek = weekStartDayNumber(todayNumber);
  // One pass over the log into weekly sums, rather than a pass over the log for every week (note 0019).
  const byWeek = weeklyTotals(entries);
  const points: WeekPoint[] = [];
  for (let weekStart = weekStartDayNumber(planStart); weekStart <= lastDay; weekStart += 7) {
    const weekEnd = weekStart + 6;
    const overlapFrom = Math.max(weekStart, planStart);
    const overlapTo = Math.min(weekEnd + 1, planEndExclusive);
    const planDaysInWeek = Math.max(0, overlapTo - overlapFrom);
    const { minutes, newWords } = byWeek.get(weekStart) ?? { minutes: 0, newWords: 0 };
    points.push({
      weekStart: isoDateOfDayNumber(weekStart),
      weekEnd: isoDateOfDayNumber(weekEnd),
      minutes,
      newWords,
      plannedMinutes: minutesPerDay * planDaysInWeek,
      plannedWords: wordsPerPlanDay === null ? null : wordsPerPlanDay * planDaysInWeek,
      isCurrent: weekStart === todayWeek,
      isFuture: weekStart > todayNumber,
    });
  }
  return points;
}

/** Minutes and new words per week, keyed by the day number of the week's Monday. */
export function weeklyTotals(entries: readonly Pick<StudyLogEntry, 'date' | 'minutes' | 'newWords'>[]): Map<number, DayTotal> {
  const totals = new Map<number, DayTotal>();
  for (const entry of entries) {
    const week = weekStartDayNumber(dayNumberOf(entry.date));
    const sum = totals.get(week) ?? { minutes: 0, newWords: 0 };
    totals.set(week, { minutes: sum.minutes + entry.minutes, newWords: sum.newWords + entry.newWords });
  }
  return totals;
}
