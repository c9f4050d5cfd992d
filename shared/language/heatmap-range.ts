import { compareIso, type IsoDate } from '../dates/iso-date';
import { weekStartOf } from './rest-days';
import type { LanguageGoal, StudyLogEntry } from './schema';

/**
 * The days the study calendar covers: from the week of the goal's earliest log entry or its start (the
 * known-words date), whichever is earlier, to today. Every logged day is inside it, and it never runs into
 * the future (a calendar of days not yet lived only says "nothing" many times). When the goal starts in the
 * future and nothing is logged, the range is just this week up to today.
 */
export function heatmapRange(goal: Pick<LanguageGoal, 'knownWordsAsOf'>, entries: readonly Pick<StudyLogEntry, 'date'>[], today: IsoDate): { from: IsoDate; to: IsoDate } {
  const pastDates = entries.map((entry) => entry.date).filter((date) => compareIso(date, today) <= 0);
  const starts = [goal.knownWordsAsOf, ...pastDates].filter((date) => compareIso(date, today) <= 0);
  const first = starts.length > 0 ? starts.reduce((a, b) => (compareIso(a, b) <= 0 ? a : b)) : today;
  return { from: weekStartOf(first), to: today };
}

/**
 * Month labels for the calendar's columns (one column per week): the month that begins in a column labels
 * it; the first column is labelled with its own month when no month begins in it.
 */
export function monthLabels(days: readonly { date: IsoDate }[]): { date: IsoDate; column: number }[] {
  const labels: { date: IsoDate; column: number }[] = [];
  days.forEach((day, index) => {
    if (day.date.endsWith('-01')) labels.push({ date: day.date, column: Math.floor(index / 7) });
  });
  if (days.length > 0 && labels[0]?.column !== 0) labels.unshift({ date: days[0]!.date, column: 0 });
  return labels;
}
