import { describe, expect, it } from 'vitest';
import { computeStreaks, intensityLevel, studyHeatmap } from '../../../../shared/language';
import { entry } from './fixtures';

describe('study heatmap', () => {
  it('buckets minutes: 0, 1-14, 15-29, 30-59, 60+', () => {
    expect([0, 1, 14, 15, 29, 30, 59, 60, 240].map((minutes) => intensityLevel(minutes))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(intensityLevel(45, [10, 90])).toBe(1);
  });

  it('gives one cell per day over the range, summing several entries a day', () => {
    const log = [entry('2027-01-04', 20, 5), entry('2027-01-04', 25, 5), entry('2027-01-06', 70, 12)];
    const map = studyHeatmap(log, { kind: 'weekdays', weekdays: [7] }, '2027-01-01', '2027-01-12', '2027-01-10');
    expect(map.days).toHaveLength(12);
    expect(map.days[0]).toEqual({ date: '2027-01-01', minutes: 0, newWords: 0, level: 0, kind: 'before-start', isPlannedRest: false });
    expect(map.days[3]).toMatchObject({ date: '2027-01-04', minutes: 45, newWords: 10, level: 3, kind: 'study' });
    expect(map.days[4]).toMatchObject({ date: '2027-01-05', kind: 'missed', level: 0 });
    expect(map.days[5]).toMatchObject({ date: '2027-01-06', level: 4, kind: 'study' });
    expect(map.days[9]).toMatchObject({ date: '2027-01-10', kind: 'pending', isPlannedRest: true });
    expect(map.days[10]!.kind).toBe('future');
    expect(map.days[2]).toMatchObject({ date: '2027-01-03', kind: 'before-start', isPlannedRest: true });
    expect(map).toMatchObject({ totalMinutes: 115, maxMinutes: 70, studyDays: 2 });
    // Missed: Jan 5 (between the two study days) and Jan 7, 8, 9 (after the last, before today); Sunday the
    // 10th is today (pending) and Sunday the 3rd is before the first entry, so no day counts as rest.
    expect(map).toMatchObject({ missedDays: 4, restDays: 0 });
  });

  it('marks the same forgiven rest days the streak forgives, even when the range starts mid-week', () => {
    const log = ['2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08'].map((day) => entry(day, 30, 5));
    const rest = { kind: 'per-week', daysPerWeek: 1 } as const;
    const map = studyHeatmap(log, rest, '2027-01-06', '2027-01-09', '2027-01-09');
    expect(map.days.map((day) => day.kind)).toEqual(['rest', 'study', 'study', 'pending']);
    expect(map).toMatchObject({ restDays: 1, missedDays: 0, studyDays: 2 });
    expect(computeStreaks(log, rest, '2027-01-09').current).toBe(4);
  });

  it('an empty or reversed range gives no cells', () => {
    expect(studyHeatmap([], { kind: 'per-week', daysPerWeek: 0 }, '2027-01-05', '2027-01-04', '2027-01-05').days).toEqual([]);
  });
});
