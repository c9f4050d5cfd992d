import { describe, expect, it } from 'vitest';
import { pacing, weeklySeries } from '../../../../shared/language';
import { entry, hsk4Goal } from './fixtures';

/** The week: Monday 2027-01-04 to Saturday 01-09 studied, Sunday a rest day. 300 minutes, 120 words. */
function firstWeek() {
  return [
    entry('2027-01-04', 45, 20),
    entry('2027-01-05', 60, 25),
    entry('2027-01-06', 30, 10),
    entry('2027-01-07', 50, 20),
    entry('2027-01-08', 40, 15),
    entry('2027-01-09', 75, 30),
  ];
}

describe('pacing: the issue scenario (HSK 3.0 level 4 by 2027-06-26, 1,500 words on 2027-01-04)', () => {
  it('on day one, before any study: 1,745 words over 173 days is a quota of 71 words a week, no projection yet', () => {
    const result = pacing(hsk4Goal(), [], '2027-01-04');
    expect(result.targetWords).toBe(3245);
    expect(result.wordsStillNeeded).toBe(1745);
    expect(result.daysLeft).toBe(173);
    expect(result.wordsPerWeekNeeded).toBeCloseTo((1745 * 7) / 173, 9);
    expect(result.weeklyWordQuota).toBe(71);
    // One rest day a week: 173 * 6/7 study days.
    expect(result.studyDaysLeft).toBeCloseTo((173 * 6) / 7, 9);
    expect(result.status).toBe('no-pace');
    expect(result.projectedDate).toBeNull();
    expect(result.currentPace).toBeNull();
    // HSK 3.0 has no official study-time figure and there is no log yet: no hour guess.
    expect(result.minutesPerWordBasis).toBe('none');
    expect(result.hoursPerWeekNeeded).toBeNull();
  });

  it('after a week of study: quota 69 words a week, pace 120 a week, done by 2027-04-15, 71 days ahead', () => {
    const result = pacing(hsk4Goal(), firstWeek(), '2027-01-11');
    expect(result.knownWordsEstimate).toBe(1620);
    expect(result.wordsStillNeeded).toBe(1625);
    expect(result.daysLeft).toBe(166);
    expect(result.weeklyWordQuota).toBe(69);
    expect(result.currentPace).toEqual({
      from: '2027-01-04',
      to: '2027-01-10',
      basisDays: 7,
      newWords: 120,
      minutes: 300,
      wordsPerWeek: 120,
      minutesPerWeek: 300,
    });
    // 1,625 words at 120 a week takes 95 days after Sunday 01-10.
    expect(result.projectedDate).toBe('2027-04-15');
    expect(result.status).toBe('ahead');
    expect(result.marginDays).toBe(71);
    // 166 more study days at 120/7 a day = 2,845 words, on top of 1,620: 1,220 beyond 3,245.
    expect(result.marginWords).toBe(1220);
    // 2.5 minutes per new word from the log: 68.5 words a week needs about 2.9 hours, under the 6 available.
    expect(result.minutesPerWordBasis).toBe('log');
    expect(result.minutesPerWord).toBe(2.5);
    expect(result.hoursPerWeekNeeded).toBeCloseTo(((1625 * 7) / 166) * 2.5 / 60, 9);
    expect(result.isHoursEnough).toBe(true);
    expect(result.wordsPerWeekAtAvailableHours).toBe(144);
  });

  it('weekly chart for that week: 300 minutes and 120 words against a plan of 360 minutes and 70.6 words', () => {
    const weeks = weeklySeries(hsk4Goal(), firstWeek(), '2027-01-11');
    expect(weeks).toHaveLength(25);
    expect(weeks[0]).toMatchObject({ weekStart: '2027-01-04', weekEnd: '2027-01-10', minutes: 300, newWords: 120, plannedMinutes: 360 });
    expect(weeks[0]!.plannedWords).toBeCloseTo((1745 / 173) * 7, 9);
    expect(weeks[1]).toMatchObject({ weekStart: '2027-01-11', isCurrent: true, isFuture: false, minutes: 0 });
    expect(weeks[2]!.isFuture).toBe(true);
    // The last week holds the exam on Saturday: Monday to Friday are plan days.
    expect(weeks[24]).toMatchObject({ weekStart: '2027-06-21', plannedMinutes: 5 * (360 / 7) });
    const plannedTotal = weeks.reduce((sum, week) => sum + (week.plannedWords ?? 0), 0);
    expect(plannedTotal).toBeCloseTo(1745, 6);
  });
});

describe('pacing: met and impossible targets', () => {
  it('a target already met from the count alone', () => {
    const result = pacing(hsk4Goal({ knownWordsNow: 3300 }), [], '2027-01-04');
    expect(result.status).toBe('met');
    expect(result.wordsStillNeeded).toBe(0);
    expect(result.weeklyWordQuota).toBe(0);
    expect(result.wordsPerStudyDayNeeded).toBe(0);
    expect(result.marginWords).toBe(55);
    expect(result.projectedDate).toBeNull();
  });

  it('a target met through the log, even after the target date', () => {
    const goal = hsk4Goal({ knownWordsNow: 3200 });
    const result = pacing(goal, [entry('2027-03-01', 60, 45)], '2027-07-01');
    expect(result.status).toBe('met');
    expect(result.daysLeft).toBe(0);
  });

  it('impossible: the target date has come and the words are not there', () => {
    const onTheDay = pacing(hsk4Goal(), firstWeek(), '2027-06-26');
    expect(onTheDay.status).toBe('out-of-time');
    expect(onTheDay.daysLeft).toBe(0);
    expect(onTheDay.wordsPerWeekNeeded).toBeNull();
    expect(onTheDay.weeklyWordQuota).toBeNull();
    expect(onTheDay.hoursPerWeekNeeded).toBeNull();
    expect(onTheDay.marginWords).toBe(1620 - 3245);
    const after = pacing(hsk4Goal(), [...firstWeek(), entry('2027-07-01', 30, 10)], '2027-07-02');
    expect(after.status).toBe('out-of-time');
    expect(after.wordsStillNeeded).toBe(3245 - 1630);
    // The 28 days up to yesterday hold only the July entry: 10 words. Still projected, for "when, at this pace".
    expect(after.currentPace).toMatchObject({ from: '2027-06-04', to: '2027-07-01', basisDays: 28, newWords: 10 });
    expect(after.marginDays).toBeLessThan(0);
  });

  it('impossible: zero pace (minutes logged but no new words) gives no projection', () => {
    const log = [entry('2027-01-04', 60, 0), entry('2027-01-05', 60, 0)];
    const result = pacing(hsk4Goal(), log, '2027-01-06');
    expect(result.status).toBe('no-pace');
    expect(result.currentPace).toMatchObject({ wordsPerWeek: 0, basisDays: 2 });
    expect(result.projectedDate).toBeNull();
    expect(result.marginDays).toBeNull();
    expect(result.marginWords).toBe(-1745);
    expect(result.weeklyWordQuota).toBe(Math.ceil((1745 * 7) / 171));
  });

  it('an unvalidated goal with no word target is reported, not thrown', () => {
    const goal = hsk4Goal({ framework: 'cefr', standard: 'cefr-none', targetLevel: 'B2', targetWords: null });
    const result = pacing(goal, [], '2027-01-04');
    expect(result.status).toBe('no-target');
    expect(result.wordsStillNeeded).toBe(0);
  });
});

describe('pacing: ahead, on track and behind', () => {
  // A custom goal of 100 words from zero, one new word a day for the first week.
  const custom = (targetDate: string) =>
    hsk4Goal({ framework: 'custom', standard: 'custom', targetLevel: 'menu reading', currentLevel: null, targetWords: 100, knownWordsNow: 0, targetDate });
  const log = ['04', '05', '06', '07', '08', '09', '10'].map((day) => entry(`2027-01-${day}`, 10, 1));

  it('finishing the day before the target date is on track with zero to spare', () => {
    // 93 words at 1 a day after 01-10: the last one on 04-13.
    const result = pacing(custom('2027-04-14'), log, '2027-01-11');
    expect(result.projectedDate).toBe('2027-04-13');
    expect(result).toMatchObject({ status: 'on-track', marginDays: 0, marginWords: 0 });
  });

  it('one day later is behind by one day and one word', () => {
    const result = pacing(custom('2027-04-13'), log, '2027-01-11');
    expect(result).toMatchObject({ status: 'behind', marginDays: -1, marginWords: -1 });
  });

  it('three days to spare is on track; a week to spare is ahead', () => {
    expect(pacing(custom('2027-04-17'), log, '2027-01-11')).toMatchObject({ status: 'on-track', marginDays: 3, marginWords: 3 });
    expect(pacing(custom('2027-04-21'), log, '2027-01-11')).toMatchObject({ status: 'ahead', marginDays: 7, marginWords: 7 });
  });

  it('well behind: a slow pace against a near date', () => {
    const result = pacing(custom('2027-02-01'), log, '2027-01-11');
    expect(result.status).toBe('behind');
    expect(result.marginDays).toBe(daysLate('2027-04-13', '2027-02-01'));
    expect(result.marginWords).toBe(7 + 21 - 100);
  });
});

function daysLate(projected: string, target: string): number {
  return -Math.round((Date.parse(projected) - Date.parse(target)) / 86_400_000) - 1;
}

describe('pacing: the model details', () => {
  it('today joins the pace window once something is logged for it', () => {
    const log = [...firstWeek(), entry('2027-01-11', 20, 14)];
    const result = pacing(hsk4Goal(), log, '2027-01-11');
    expect(result.currentPace).toMatchObject({ from: '2027-01-04', to: '2027-01-11', basisDays: 8, newWords: 134 });
    expect(result.knownWordsEstimate).toBe(1634);
  });

  it('the pace window is the last 28 days; older study still counts towards known words', () => {
    const log = [entry('2027-01-04', 600, 400), entry('2027-02-20', 60, 28)];
    const result = pacing(hsk4Goal(), log, '2027-03-01');
    expect(result.knownWordsEstimate).toBe(1928);
    expect(result.currentPace).toMatchObject({ from: '2027-02-01', to: '2027-02-28', basisDays: 28, newWords: 28, wordsPerWeek: 7 });
  });

  it('study before the count date and other goals are not added to known words', () => {
    const log = [entry('2027-01-03', 60, 50), entry('2027-01-05', 30, 10, 'other-goal'), entry('2027-01-05', 30, 10)];
    const result = pacing(hsk4Goal(), log, '2027-01-06');
    expect(result.knownWordsEstimate).toBe(1510);
  });

  it('without a log, HSK 2.0 levels 1-4 estimate hours from the official class hours', () => {
    const goal = hsk4Goal({ framework: 'hsk2', standard: 'hsk2-2009', targetLevel: '4', currentLevel: '3', knownWordsNow: 600, hoursPerWeek: 3 });
    const result = pacing(goal, [], '2027-01-04');
    // Four semesters of 18 weeks at 2-4 hours: 144-288, midpoint 216 hours for 1,200 words = 10.8 minutes a word.
    expect(result.minutesPerWordBasis).toBe('framework');
    expect(result.minutesPerWord).toBeCloseTo(10.8, 9);
    expect(result.hoursPerWeekNeeded).toBeCloseTo(((600 * 7) / 173) * 10.8 / 60, 9);
    expect(result.isHoursEnough).toBe(false);
  });

  it('fixed rest weekdays are left out of the study days exactly', () => {
    const goal = hsk4Goal({ rest: { kind: 'weekdays', weekdays: [6, 7] }, targetDate: '2027-01-18' });
    // Monday 01-04 to Sunday 01-17: ten weekdays.
    const result = pacing(goal, [], '2027-01-04');
    expect(result.studyDaysLeft).toBe(10);
    expect(result.wordsPerStudyDayNeeded).toBe(174.5);
  });
});

describe('pacing: study logged before the count date', () => {
  it('three sessions before the count date give a pace, and their words are not counted twice', () => {
    // The person counted 1,500 known words on 2027-01-10, after studying 01-04..01-06 (already in the count).
    const goal = hsk4Goal({ knownWordsAsOf: '2027-01-10' });
    const log = [entry('2027-01-04', 45, 20), entry('2027-01-05', 60, 25), entry('2027-01-06', 30, 10)];
    const result = pacing(goal, log, '2027-01-11');
    expect(result.knownWordsEstimate).toBe(1500);
    expect(result.currentPace).toMatchObject({ from: '2027-01-04', to: '2027-01-10', basisDays: 7, newWords: 55, minutes: 135 });
    expect(result.status).not.toBe('no-pace');
    expect(result.projectedDate).not.toBeNull();
  });

  it('the window still stops at 28 days, whatever the count date', () => {
    const goal = hsk4Goal({ knownWordsAsOf: '2027-03-01' });
    const log = [entry('2027-01-04', 600, 400), entry('2027-02-20', 60, 28)];
    const result = pacing(goal, log, '2027-03-01');
    expect(result.currentPace).toMatchObject({ from: '2027-02-01', to: '2027-02-28', basisDays: 28, newWords: 28 });
    expect(result.knownWordsEstimate).toBe(1500);
  });
});
