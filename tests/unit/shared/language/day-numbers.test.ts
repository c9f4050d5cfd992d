import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, compareIso, daysBetween, type IsoDate } from '../../../../shared/dates/iso-date';
import { dayNumberOf, isoDateOfDayNumber, isoWeekdayOfDayNumber, weekStartDayNumber } from '../../../../shared/dates/day-numbers';
import { classifyDays, type DayKind, type DayStatus } from '../../../../shared/language/day-status';
import { studyHeatmap } from '../../../../shared/language/heatmap';
import { isFixedRestDay, isoWeekdayOf, studyDaysInRange, weekStartOf } from '../../../../shared/language/rest-days';
import type { RestRule, StudyLogEntry } from '../../../../shared/language/schema';
import { dailyTotals, entriesForGoal, isStudyDay, totalsInRange } from '../../../../shared/language/study-log';
import { weeklySeries } from '../../../../shared/language/weekly-series';
import { hsk4Goal } from './fixtures';

const START = '2027-01-04';
const dayOffset = fc.integer({ min: -200_000, max: 200_000 });
const date = (offset: number) => addDaysIso('2000-01-01', offset);

const restRule: fc.Arbitrary<RestRule> = fc.oneof(
  fc.integer({ min: 0, max: 6 }).map((daysPerWeek) => ({ kind: 'per-week' as const, daysPerWeek })),
  fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 6 }).map((weekdays) => ({ kind: 'weekdays' as const, weekdays })),
);

const studyLog: fc.Arbitrary<StudyLogEntry[]> = fc
  .array(fc.record({ offset: fc.integer({ min: -20, max: 400 }), minutes: fc.integer({ min: 0, max: 180 }), newWords: fc.integer({ min: 0, max: 60 }), isOther: fc.boolean() }), { maxLength: 120 })
  .map((rows) =>
    rows.map((row, index) => ({ id: `d${index}`, goalId: row.isOther ? 'other' : 'goal-hsk4', date: addDaysIso(START, row.offset), minutes: row.minutes, newWords: row.newWords, note: '' })),
  );

/** classifyDays as it was written with date-fns, one Date per day: the oracle for the day-number walk. */
function classifyDaysWithDateFns(log: readonly StudyLogEntry[], rest: RestRule, from: IsoDate, to: IsoDate, today: IsoDate): DayStatus[] {
  const totals = dailyTotals(log);
  const days: DayStatus[] = [];
  let restUsedThisWeek = 0;
  for (let offset = 0; offset < daysBetween(from, to) + 1; offset += 1) {
    const day = addDaysIso(from, offset);
    if (isoWeekdayOf(day) === 1) restUsedThisWeek = 0;
    const total = totals.get(day);
    const isPlannedRest = isFixedRestDay(rest, day);
    const position = compareIso(day, today);
    let kind: DayKind;
    if (position > 0) kind = 'future';
    else if (isStudyDay(total)) kind = 'study';
    else if (position === 0) kind = 'pending';
    else if (isPlannedRest) kind = 'rest';
    else if (rest.kind === 'per-week' && restUsedThisWeek < rest.daysPerWeek) {
      restUsedThisWeek += 1;
      kind = 'rest';
    } else kind = 'missed';
    days.push({ date: day, minutes: total?.minutes ?? 0, newWords: total?.newWords ?? 0, isPlannedRest, kind });
  }
  return days;
}

describe('day numbers', () => {
  it('agree with date-fns on dates, day differences and weekdays (from the 1450s to the 2540s, in a zone with DST)', () => {
    fc.assert(
      fc.property(dayOffset, fc.integer({ min: -1000, max: 1000 }), (offset, step) => {
        const day = date(offset);
        const number = dayNumberOf(day);
        expect(isoDateOfDayNumber(number)).toBe(day);
        expect(isoDateOfDayNumber(number + step)).toBe(addDaysIso(day, step));
        expect(dayNumberOf(addDaysIso(day, step)) - number).toBe(daysBetween(day, addDaysIso(day, step)));
        expect(isoWeekdayOfDayNumber(number)).toBe(isoWeekdayOf(day));
        expect(isoDateOfDayNumber(weekStartDayNumber(number))).toBe(weekStartOf(day));
      }),
      { numRuns: 500 },
    );
  });

  it('counts from 1970-01-01, a Thursday', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(isoWeekdayOfDayNumber(0)).toBe(4);
    expect(isoDateOfDayNumber(-1)).toBe('1969-12-31');
    expect(dayNumberOf('2028-02-29') - dayNumberOf('2028-02-28')).toBe(1);
  });

  it('refuses what is not a calendar date, as addDaysIso does', () => {
    for (const text of ['2027-02-29', '2027-13-01', '2027-00-10', '2027-04-31', 'tomorrow', '2027-1-01']) {
      expect(() => dayNumberOf(text)).toThrow(RangeError);
      expect(() => addDaysIso(text, 0)).toThrow(RangeError);
    }
  });
});

describe('the day-number walks give what the date-fns walks gave', () => {
  it('classifyDays, day by day', () => {
    fc.assert(
      fc.property(studyLog, restRule, fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 420 }), fc.integer({ min: 0, max: 400 }), (log, rest, fromOffset, length, todayOffset) => {
        const from = addDaysIso(START, fromOffset);
        const to = addDaysIso(from, length - 10);
        const today = addDaysIso(START, todayOffset);
        expect(classifyDays(log, rest, from, to, today)).toEqual(classifyDaysWithDateFns(log, rest, from, to, today));
      }),
      { numRuns: 150 },
    );
  });

  it('the heatmap: every day of the range, classified from the first study day', () => {
    fc.assert(
      fc.property(studyLog, restRule, fc.integer({ min: -30, max: 200 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 400 }), (log, rest, fromOffset, length, todayOffset) => {
        const from = addDaysIso(START, fromOffset);
        const to = addDaysIso(from, length);
        const today = addDaysIso(START, todayOffset);
        const heatmap = studyHeatmap(log, rest, from, to, today);
        expect(heatmap.days.map((day) => day.date)).toEqual(Array.from({ length: length + 1 }, (_, at) => addDaysIso(from, at)));
        const past = log.filter((entry) => compareIso(entry.date, today) <= 0 && (entry.minutes > 0 || entry.newWords > 0));
        const first = past.map((entry) => entry.date).sort()[0];
        const oracle = first && compareIso(first, to) <= 0 ? classifyDaysWithDateFns(log.filter((entry) => compareIso(entry.date, today) <= 0), rest, first, to, today) : [];
        for (const day of heatmap.days) {
          const expected = oracle.find((status) => status.date === day.date);
          if (expected) expect(day).toMatchObject(expected);
          else expect(day).toMatchObject({ minutes: 0, kind: compareIso(day.date, today) > 0 ? 'future' : 'before-start', isPlannedRest: isFixedRestDay(rest, day.date) });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('the weekly series: each week sums its own days, and the plan is shared out by days', () => {
    fc.assert(
      fc.property(studyLog, fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 40 }), (log, targetOffset, todayOffset, hoursPerWeek) => {
        const goal = hsk4Goal({ targetDate: addDaysIso(START, targetOffset), hoursPerWeek, knownWordsAsOf: addDaysIso(START, 3) });
        const today = addDaysIso(START, todayOffset);
        const points = weeklySeries(goal, log, today);
        const entries = entriesForGoal(log, goal.id);
        const lastDay = compareIso(today, goal.targetDate) > 0 ? today : goal.targetDate;
        expect(points[0]?.weekStart).toBe(weekStartOf(goal.knownWordsAsOf));
        expect(points.at(-1)?.weekStart).toBe(weekStartOf(lastDay));
        points.forEach((point, index) => {
          expect(point.weekStart).toBe(addDaysIso(points[0]!.weekStart, 7 * index));
          expect(point.weekEnd).toBe(addDaysIso(point.weekStart, 6));
          expect({ minutes: point.minutes, newWords: point.newWords }).toEqual(totalsInRange(entries, point.weekStart, point.weekEnd));
          const planDays = Array.from({ length: 7 }, (_, at) => addDaysIso(point.weekStart, at)).filter(
            (day) => compareIso(day, goal.knownWordsAsOf) >= 0 && compareIso(day, goal.targetDate) < 0,
          ).length;
          expect(point.plannedMinutes).toBeCloseTo((hoursPerWeek * 60 * planDays) / 7, 9);
          expect(point.isCurrent).toBe(point.weekStart === weekStartOf(today));
          expect(point.isFuture).toBe(compareIso(point.weekStart, today) > 0);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('planned study days with fixed rest weekdays are counted day by day', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }), fc.integer({ min: -5, max: 400 }), (weekdays, length) => {
        const rule: RestRule = { kind: 'weekdays', weekdays };
        const to = addDaysIso(START, length);
        const expected = Array.from({ length: Math.max(0, length) }, (_, at) => addDaysIso(START, at)).filter((day) => !isFixedRestDay(rule, day)).length;
        expect(studyDaysInRange(rule, START, to)).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });
});
