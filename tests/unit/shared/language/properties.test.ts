import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../../../shared/dates/iso-date';
import { computeStreaks, pacing, weeklySeries, type RestRule, type StudyLogEntry } from '../../../../shared/language';
import { hsk4Goal } from './fixtures';

const START = '2027-01-04';

const restRule: fc.Arbitrary<RestRule> = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((daysPerWeek) => ({ kind: 'per-week' as const, daysPerWeek })),
  fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }).map((weekdays) => ({ kind: 'weekdays' as const, weekdays })),
);

/** Entries within 120 days of START, including days after "today" and zero entries. */
const studyLog: fc.Arbitrary<StudyLogEntry[]> = fc.array(
  fc.record({
    offset: fc.integer({ min: -10, max: 120 }),
    minutes: fc.integer({ min: 0, max: 180 }),
    newWords: fc.integer({ min: 0, max: 60 }),
  }),
  { maxLength: 80 },
).map((rows) =>
  rows.map((row, index) => ({ id: `p${index}`, goalId: 'goal-hsk4', date: addDaysIso(START, row.offset), minutes: row.minutes, newWords: row.newWords, note: '' })),
);

describe('properties', () => {
  it('the current streak never exceeds the longest, and both are at most the study days', () => {
    fc.assert(
      fc.property(studyLog, restRule, fc.integer({ min: 0, max: 120 }), (log, rest, todayOffset) => {
        const today = addDaysIso(START, todayOffset);
        const streaks = computeStreaks(log, rest, today);
        const studyDays = new Set(log.filter((e) => e.date <= today && (e.minutes > 0 || e.newWords > 0)).map((e) => e.date)).size;
        expect(streaks.current).toBeLessThanOrEqual(streaks.longest);
        expect(streaks.longest).toBeLessThanOrEqual(studyDays);
        expect(streaks.current >= 0 && (streaks.current === 0) === (streaks.currentStart === null)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('pacing never gives a negative figure, and status agrees with the word margin', () => {
    fc.assert(
      fc.property(
        studyLog,
        restRule,
        fc.integer({ min: 0, max: 3245 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 200 }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (log, rest, known, targetOffset, todayOffset, hoursPerWeek) => {
          const goal = hsk4Goal({ knownWordsNow: known, rest, hoursPerWeek, targetDate: addDaysIso(START, targetOffset) });
          const today = addDaysIso(START, todayOffset);
          const result = pacing(goal, log.filter((e) => e.date <= today), today);
          for (const value of [
            result.wordsStillNeeded,
            result.daysLeft,
            result.weeksLeft,
            result.studyDaysLeft,
            result.wordsPerWeekNeeded,
            result.weeklyWordQuota,
            result.wordsPerStudyDayNeeded,
            result.hoursPerWeekNeeded,
            result.minutesPerWord,
            result.currentPace?.wordsPerWeek,
            result.currentPace?.minutesPerWeek,
          ]) {
            if (value !== null && value !== undefined) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(Number.isFinite(value)).toBe(true);
            }
          }
          if (result.status === 'ahead' || result.status === 'on-track') expect(result.marginWords).toBeGreaterThanOrEqual(0);
          if (result.status === 'behind') expect(result.marginWords).toBeLessThan(0);
          if (result.status === 'met') expect(result.wordsStillNeeded).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the weekly plan adds up to the words the goal needed at its start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3245 }), fc.integer({ min: 1, max: 700 }), (known, targetOffset) => {
        const goal = hsk4Goal({ knownWordsNow: known, targetDate: addDaysIso(START, targetOffset) });
        const planned = weeklySeries(goal, [], START).reduce((sum, week) => sum + (week.plannedWords ?? 0), 0);
        expect(planned).toBeCloseTo(3245 - known, 6);
      }),
      { numRuns: 100 },
    );
  });
});
