import { compareIso, type IsoDate } from '../dates/iso-date';
import { classifyDays } from './day-status';
import type { RestRule, StudyLogEntry } from './schema';
import { firstStudyDate } from './study-log';

export interface Streaks {
  /** Study days in the run that is still alive today (0 when the last run was broken). */
  current: number;
  currentStart: IsoDate | null;
  /** Study days in the longest run up to today. */
  longest: number;
  longestStart: IsoDate | null;
  longestEnd: IsoDate | null;
  hasStudiedToday: boolean;
}

/**
 * Streaks count study days. Planned rest days without study are skipped over (they neither add nor break),
 * a rest day with study adds one, and today without study yet keeps yesterday's streak alive. Only days up
 * to today are read, so entries dated later (which validation refuses anyway) never count.
 */
export function computeStreaks(
  log: readonly Pick<StudyLogEntry, 'date' | 'minutes' | 'newWords'>[],
  rest: RestRule,
  today: IsoDate,
): Streaks {
  const pastLog = log.filter((entry) => compareIso(entry.date, today) <= 0);
  const first = firstStudyDate(pastLog);
  const empty: Streaks = { current: 0, currentStart: null, longest: 0, longestStart: null, longestEnd: null, hasStudiedToday: false };
  if (first === null) return empty;

  let run = 0;
  let runStart: IsoDate | null = null;
  let best = { length: 0, start: null as IsoDate | null, end: null as IsoDate | null };
  let hasStudiedToday = false;
  for (const day of classifyDays(pastLog, rest, first, today, today)) {
    if (day.kind === 'missed') {
      run = 0;
      runStart = null;
    } else if (day.kind === 'study') {
      if (run === 0) runStart = day.date;
      run += 1;
      if (run > best.length) best = { length: run, start: runStart, end: day.date };
      if (day.date === today) hasStudiedToday = true;
    }
  }
  return {
    current: run,
    currentStart: run > 0 ? runStart : null,
    longest: best.length,
    longestStart: best.start,
    longestEnd: best.end,
    hasStudiedToday,
  };
}
