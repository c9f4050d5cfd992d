import { compareIso, type IsoDate } from '../dates/iso-date';
import { dayNumberOf, isoDateOfDayNumber, isoWeekdayOfDayNumber } from '../dates/day-numbers';
import { classifyDays, type DayKind, type DayStatus } from './day-status';
import { isFixedRestWeekday } from './rest-days';
import type { RestRule, StudyLogEntry } from './schema';
import { firstStudyDate } from './study-log';

/**
 * Minutes at which a day moves up one shade: 1-14 light, 15-29, 30-59, 60+ darkest. Fixed minutes rather
 * than shares of the busiest day, so one marathon day does not wash out the rest of the calendar.
 */
export const DEFAULT_HEATMAP_THRESHOLDS: readonly number[] = [1, 15, 30, 60];

export interface HeatmapDay {
  date: IsoDate;
  minutes: number;
  newWords: number;
  /** 0 (nothing) to thresholds.length (busiest). */
  level: number;
  kind: DayKind;
  isPlannedRest: boolean;
}

export interface Heatmap {
  days: HeatmapDay[];
  thresholds: readonly number[];
  totalMinutes: number;
  maxMinutes: number;
  studyDays: number;
  /** Past days that broke a streak, and planned rest days without study (the heatmap's text summary says both). */
  missedDays: number;
  restDays: number;
}

export function intensityLevel(minutes: number, thresholds: readonly number[] = DEFAULT_HEATMAP_THRESHOLDS): number {
  return thresholds.filter((threshold) => minutes >= threshold).length;
}

/**
 * Per-day minutes over [from, to] for a calendar. Day kinds are classified from the first study day, as the
 * streaks are, so rest days forgiven by a per-week allowance match the streak count exactly.
 */
export function studyHeatmap(
  log: readonly Pick<StudyLogEntry, 'date' | 'minutes' | 'newWords'>[],
  rest: RestRule,
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
  thresholds: readonly number[] = DEFAULT_HEATMAP_THRESHOLDS,
): Heatmap {
  const pastLog = log.filter((entry) => compareIso(entry.date, today) <= 0);
  const first = firstStudyDate(pastLog);
  const classified = new Map<IsoDate, DayStatus>();
  if (first !== null && compareIso(first, to) <= 0) {
    for (const day of classifyDays(pastLog, rest, first, to, today)) classified.set(day.date, day);
  }
  const days: HeatmapDay[] = [];
  const todayNumber = dayNumberOf(today);
  const last = dayNumberOf(to);
  for (let dayNumber = dayNumberOf(from); dayNumber <= last; dayNumber += 1) {
    const date = isoDateOfDayNumber(dayNumber);
    const day: DayStatus = classified.get(date) ?? {
      date,
      kind: dayNumber > todayNumber ? 'future' : 'before-start',
      minutes: 0,
      newWords: 0,
      isPlannedRest: isFixedRestWeekday(rest, isoWeekdayOfDayNumber(dayNumber)),
    };
    days.push({ ...day, level: intensityLevel(day.minutes, thresholds) });
  }
  return {
    days,
    thresholds,
    totalMinutes: days.reduce((sum, day) => sum + day.minutes, 0),
    maxMinutes: days.reduce((max, day) => Math.max(max, day.minutes), 0),
    studyDays: days.filter((day) => day.kind === 'study').length,
    missedDays: days.filter((day) => day.kind === 'missed').length,
    restDays: days.filter((day) => day.kind === 'rest').length,
  };
}
