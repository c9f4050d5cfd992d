import { addDaysIso, compareIso, daysBetween, type IsoDate } from '../dates/iso-date';
import { findLevel } from './frameworks';
import { studyDaysInRange } from './rest-days';
import type { LanguageGoal, StudyLogEntry } from './schema';
import { entriesForGoal, isStudyDay, totalsInRange } from './study-log';
import { resolveTargetWords } from './target-words';

/**
 * Pacing model, planned back from the target date.
 *
 * - Known words: knownWordsNow is the count at the start of knownWordsAsOf; new words logged from that day
 *   to today are added to it.
 * - Time left: study days run from today to the day before the target date (the exam day is not a study
 *   day); words per week needed = words still needed / (days left / 7).
 * - Current pace: new words per day over the last 28 days of the study log, or since the first logged day
 *   if that is later (a person who started a week ago has a week's pace, not a quarter of it). The count
 *   date (knownWordsAsOf) plays no part here: the pace is how fast the person learns, and study logged
 *   before the count date shows that just as well. Those words are already inside knownWordsNow, so they
 *   are never added to the known-words estimate a second time; they only measure the pace.
 *   Today joins the window only once something is logged for it, so a morning look does not dilute it.
 * - Projection: continuing at that pace from the window's last day; the projected date is the day the last
 *   needed word is learned, which must be before the target date to make it.
 * - Hours: hours per week needed = words per week needed x minutes per word. Minutes per word comes from
 *   the person's own log in the pace window when it has both minutes and words; otherwise from the
 *   framework's study-time descriptor (class hours / cumulative words, HSK 2.0 levels 1-4 only); otherwise
 *   it is unknown and no hour figure is given rather than a guess.
 */

export const PACE_WINDOW_DAYS = 28;
/** Finishing at least this many days early counts as ahead; finishing in time but closer is on track. */
export const AHEAD_MARGIN_DAYS = 7;

/**
 * met:         the known words already reach the target
 * ahead / on-track / behind: projected from the current pace
 * no-pace:     nothing learned in the pace window, so no projection exists (zero pace)
 * out-of-time: the target date is today or past and the target is not met
 * no-target:   the goal has no word target (not a valid goal; shown rather than thrown)
 */
export const PACING_STATUSES = ['met', 'ahead', 'on-track', 'behind', 'no-pace', 'out-of-time', 'no-target'] as const;
export type PacingStatus = (typeof PACING_STATUSES)[number];

export type MinutesPerWordBasis = 'log' | 'framework' | 'none';

export interface CurrentPace {
  from: IsoDate;
  to: IsoDate;
  basisDays: number;
  newWords: number;
  minutes: number;
  wordsPerWeek: number;
  minutesPerWeek: number;
}

export interface Pacing {
  status: PacingStatus;
  targetWords: number | null;
  knownWordsEstimate: number;
  wordsStillNeeded: number;
  daysLeft: number;
  weeksLeft: number;
  /** Days left minus planned rest (fractional for a per-week allowance). */
  studyDaysLeft: number;
  /** Exact figure; null when out of time. 0 when met. */
  wordsPerWeekNeeded: number | null;
  /** wordsPerWeekNeeded rounded up: the weekly quota to show. */
  weeklyWordQuota: number | null;
  wordsPerStudyDayNeeded: number | null;
  minutesPerWord: number | null;
  minutesPerWordBasis: MinutesPerWordBasis;
  hoursPerWeekNeeded: number | null;
  hoursPerWeekAvailable: number;
  /** Whether the person's own hours cover the hours needed; null when hours needed are unknown. */
  isHoursEnough: boolean | null;
  /** What the available hours would buy at minutesPerWord. */
  wordsPerWeekAtAvailableHours: number | null;
  currentPace: CurrentPace | null;
  projectedDate: IsoDate | null;
  /** Spare days before the target date (negative: days late). */
  marginDays: number | null;
  /** Words beyond the target at the target date at the current pace (negative: words short). */
  marginWords: number | null;
}

function frameworkMinutesPerWord(goal: LanguageGoal, targetWords: number): number | null {
  if (goal.framework === 'custom') return null;
  const hours = findLevel(goal.framework, goal.targetLevel)?.studyTime?.classHours;
  if (!hours || targetWords <= 0) return null;
  return (((hours.low + hours.high) / 2) * 60) / targetWords;
}

function paceWindow(entries: readonly StudyLogEntry[], today: IsoDate): CurrentPace | null {
  const isTodayLogged = isStudyDay(totalsInRange(entries, today, today));
  const to = isTodayLogged ? today : addDaysIso(today, -1);
  const windowStart = addDaysIso(to, 1 - PACE_WINDOW_DAYS);
  const logged = entries.map((entry) => entry.date).filter((date) => compareIso(date, to) <= 0);
  if (logged.length === 0) return null;
  const firstLogged = logged.reduce((first, date) => (compareIso(date, first) < 0 ? date : first));
  const from = compareIso(firstLogged, windowStart) > 0 ? firstLogged : windowStart;
  const basisDays = daysBetween(from, to) + 1;
  if (basisDays < 1) return null;
  const { newWords, minutes } = totalsInRange(entries, from, to);
  return { from, to, basisDays, newWords, minutes, wordsPerWeek: (newWords * 7) / basisDays, minutesPerWeek: (minutes * 7) / basisDays };
}

export function pacing(goal: LanguageGoal, log: readonly StudyLogEntry[], today: IsoDate): Pacing {
  const entries = entriesForGoal(log, goal.id);
  const targetWords = resolveTargetWords(goal);
  const learnedSince = totalsInRange(entries, goal.knownWordsAsOf, today).newWords;
  const knownWordsEstimate = goal.knownWordsNow + learnedSince;
  const wordsStillNeeded = targetWords === null ? 0 : Math.max(0, targetWords - knownWordsEstimate);
  const daysLeft = Math.max(0, daysBetween(today, goal.targetDate));
  const studyDaysLeft = studyDaysInRange(goal.rest, today, goal.targetDate);
  const currentPace = paceWindow(entries, today);

  const isMet = targetWords !== null && wordsStillNeeded === 0;
  const wordsPerWeekNeeded = isMet ? 0 : daysLeft > 0 ? (wordsStillNeeded * 7) / daysLeft : null;
  const wordsPerStudyDayNeeded = isMet ? 0 : studyDaysLeft > 0 ? wordsStillNeeded / studyDaysLeft : null;

  let minutesPerWord: number | null = null;
  let minutesPerWordBasis: MinutesPerWordBasis = 'none';
  if (currentPace && currentPace.minutes > 0 && currentPace.newWords > 0) {
    minutesPerWord = currentPace.minutes / currentPace.newWords;
    minutesPerWordBasis = 'log';
  } else if (targetWords !== null) {
    minutesPerWord = frameworkMinutesPerWord(goal, targetWords);
    if (minutesPerWord !== null) minutesPerWordBasis = 'framework';
  }
  const hoursPerWeekNeeded = wordsPerWeekNeeded !== null && minutesPerWord !== null ? (wordsPerWeekNeeded * minutesPerWord) / 60 : null;

  // Projection in whole days from integer sums, so float rounding cannot flip a status on a boundary.
  let projectedDate: IsoDate | null = null;
  let marginDays: number | null = null;
  let marginWords: number | null = null;
  if (targetWords !== null && !isMet && currentPace && currentPace.newWords > 0) {
    const daysToFinish = Math.ceil((wordsStillNeeded * currentPace.basisDays) / currentPace.newWords);
    projectedDate = addDaysIso(currentPace.to, daysToFinish);
    marginDays = daysBetween(projectedDate, goal.targetDate) - 1;
    const studyDaysToTarget = Math.max(0, daysBetween(currentPace.to, goal.targetDate) - 1);
    const wordsByTarget = Math.floor((currentPace.newWords * studyDaysToTarget) / currentPace.basisDays);
    marginWords = knownWordsEstimate + wordsByTarget - targetWords;
  } else if (targetWords !== null) {
    marginWords = knownWordsEstimate - targetWords;
  }

  let status: PacingStatus;
  if (targetWords === null) status = 'no-target';
  else if (isMet) status = 'met';
  else if (daysLeft === 0) status = 'out-of-time';
  else if (marginDays === null) status = 'no-pace';
  else if (marginDays < 0) status = 'behind';
  else if (marginDays >= AHEAD_MARGIN_DAYS) status = 'ahead';
  else status = 'on-track';

  return {
    status,
    targetWords,
    knownWordsEstimate,
    wordsStillNeeded,
    daysLeft,
    weeksLeft: daysLeft / 7,
    studyDaysLeft,
    wordsPerWeekNeeded,
    weeklyWordQuota: wordsPerWeekNeeded === null ? null : Math.ceil(wordsPerWeekNeeded),
    wordsPerStudyDayNeeded,
    minutesPerWord,
    minutesPerWordBasis,
    hoursPerWeekNeeded,
    hoursPerWeekAvailable: goal.hoursPerWeek,
    isHoursEnough: hoursPerWeekNeeded === null ? null : hoursPerWeekNeeded <= goal.hoursPerWeek,
    wordsPerWeekAtAvailableHours: minutesPerWord !== null && minutesPerWord > 0 ? (goal.hoursPerWeek * 60) / minutesPerWord : null,
    currentPace,
    projectedDate,
    marginDays,
    marginWords,
  };
}
