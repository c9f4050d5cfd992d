import { addDaysIso, compareIso, daysBetween, type IsoDate } from '../dates/iso-date';
import { weekStartOf } from './rest-days';
import type { LanguageGoal, StudyLogEntry } from './schema';
import { entriesForGoal, totalsInRange } from './study-log';
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
  const planStart = goal.knownWordsAsOf;
  const planEndExclusive = goal.targetDate;
  const planDays = Math.max(0, daysBetween(planStart, planEndExclusive));
  const targetWords = resolveTargetWords(goal);
  const wordsPerPlanDay =
    targetWords === null ? null : planDays > 0 ? Math.max(0, targetWords - goal.knownWordsNow) / planDays : 0;
  const minutesPerDay = (goal.hoursPerWeek * 60) / 7;

  const lastDay = compareIso(today, goal.targetDate) > 0 ? today : goal.targetDate;
  const todayWeek = weekStartOf(today);
  const points: WeekPoint[] = [];
  for (let weekStart = weekStartOf(planStart); compareIso(weekStart, lastDay) <= 0; weekStart = addDaysIso(weekStart, 7)) {
    const weekEnd = addDaysIso(weekStart, 6);
    const overlapFrom = compareIso(weekStart, planStart) > 0 ? weekStart : planStart;
    const dayAfterWeek = addDaysIso(weekEnd, 1);
    const overlapTo = compareIso(dayAfterWeek, planEndExclusive) < 0 ? dayAfterWeek : planEndExclusive;
    const planDaysInWeek = Math.max(0, daysBetween(overlapFrom, overlapTo));
    const { minutes, newWords } = totalsInRange(entries, weekStart, weekEnd);
    points.push({
      weekStart,
      weekEnd,
      minutes,
      newWords,
      plannedMinutes: minutesPerDay * planDaysInWeek,
      plannedWords: wordsPerPlanDay === null ? null : wordsPerPlanDay * planDaysInWeek,
      isCurrent: weekStart === todayWeek,
      isFuture: compareIso(weekStart, today) > 0,
    });
  }
  return points;
}
