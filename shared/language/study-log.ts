import { compareIso, type IsoDate } from '../dates/iso-date';
import type { StudyLogEntry } from './schema';

/** What one calendar day adds up to; several entries on one day (morning and evening) are summed. */
export interface DayTotal {
  minutes: number;
  newWords: number;
}

type LogFields = Pick<StudyLogEntry, 'date' | 'minutes' | 'newWords'>;

export function entriesForGoal<T extends Pick<StudyLogEntry, 'goalId'>>(log: readonly T[], goalId: string): T[] {
  return log.filter((entry) => entry.goalId === goalId);
}

export function dailyTotals(log: readonly LogFields[]): Map<IsoDate, DayTotal> {
  const totals = new Map<IsoDate, DayTotal>();
  for (const entry of log) {
    const day = totals.get(entry.date) ?? { minutes: 0, newWords: 0 };
    totals.set(entry.date, { minutes: day.minutes + entry.minutes, newWords: day.newWords + entry.newWords });
  }
  return totals;
}

/** Sum over the inclusive range [from, to]; an empty range (to before from) sums to zero. */
export function totalsInRange(log: readonly LogFields[], from: IsoDate, to: IsoDate): DayTotal {
  let minutes = 0;
  let newWords = 0;
  for (const entry of log) {
    if (compareIso(entry.date, from) >= 0 && compareIso(entry.date, to) <= 0) {
      minutes += entry.minutes;
      newWords += entry.newWords;
    }
  }
  return { minutes, newWords };
}

/** A day counts as studied when anything was done: minutes spent or words learned. */
export function isStudyDay(total: DayTotal | undefined): boolean {
  return total !== undefined && (total.minutes > 0 || total.newWords > 0);
}

/** The earliest day with any study, or null for an empty log. */
export function firstStudyDate(log: readonly LogFields[]): IsoDate | null {
  let first: IsoDate | null = null;
  for (const entry of log) {
    if ((entry.minutes > 0 || entry.newWords > 0) && (first === null || compareIso(entry.date, first) < 0)) first = entry.date;
  }
  return first;
}
