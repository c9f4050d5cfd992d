import { describe, expect, it } from 'vitest';
import { computeStreaks, type RestRule } from '../../../../shared/language';
import { entry } from './fixtures';

// 2027-01-04 is a Monday.
const NO_REST: RestRule = { kind: 'per-week', daysPerWeek: 0 };
const SUNDAYS: RestRule = { kind: 'weekdays', weekdays: [7] };
const ONE_A_WEEK: RestRule = { kind: 'per-week', daysPerWeek: 1 };

const studied = (...days: string[]) => days.map((day) => entry(day, 30, 5));

describe('streaks', () => {
  it('an empty log has no streak', () => {
    expect(computeStreaks([], SUNDAYS, '2027-01-10')).toEqual({
      current: 0,
      currentStart: null,
      longest: 0,
      longestStart: null,
      longestEnd: null,
      hasStudiedToday: false,
    });
  });

  it('counts consecutive study days up to today', () => {
    const result = computeStreaks(studied('2027-01-04', '2027-01-05', '2027-01-06'), NO_REST, '2027-01-06');
    expect(result).toEqual({
      current: 3,
      currentStart: '2027-01-04',
      longest: 3,
      longestStart: '2027-01-04',
      longestEnd: '2027-01-06',
      hasStudiedToday: true,
    });
  });

  it('today without study yet keeps the streak alive; a missed yesterday ends it', () => {
    const log = studied('2027-01-04', '2027-01-05');
    expect(computeStreaks(log, NO_REST, '2027-01-06')).toMatchObject({ current: 2, hasStudiedToday: false });
    expect(computeStreaks(log, NO_REST, '2027-01-07')).toMatchObject({ current: 0, currentStart: null, longest: 2 });
  });

  it('a missed day breaks the run; the longest run is kept', () => {
    const log = studied('2027-01-04', '2027-01-05', '2027-01-06', '2027-01-08', '2027-01-09');
    expect(computeStreaks(log, NO_REST, '2027-01-09')).toMatchObject({
      current: 2,
      currentStart: '2027-01-08',
      longest: 3,
      longestStart: '2027-01-04',
      longestEnd: '2027-01-06',
    });
  });

  it('a planned rest weekday without study does not break the streak and does not count', () => {
    // Monday to Saturday, rest on Sunday 01-10, Monday 01-11 again.
    const log = studied('2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-11');
    expect(computeStreaks(log, SUNDAYS, '2027-01-11')).toMatchObject({ current: 7, currentStart: '2027-01-04', longest: 7 });
    // Without the rest rule, Sunday breaks it.
    expect(computeStreaks(log, NO_REST, '2027-01-11')).toMatchObject({ current: 1, longest: 6 });
  });

  it('a rest day with study counts', () => {
    const log = studied('2027-01-09', '2027-01-10', '2027-01-11');
    expect(computeStreaks(log, SUNDAYS, '2027-01-11')).toMatchObject({ current: 3, longest: 3 });
  });

  it('a non-rest day missed next to a rest day still breaks the streak', () => {
    // Saturday 01-09 missed, Sunday 01-10 rest.
    const log = studied('2027-01-07', '2027-01-08', '2027-01-11');
    expect(computeStreaks(log, SUNDAYS, '2027-01-11')).toMatchObject({ current: 1, longest: 2 });
  });

  it('a per-week allowance forgives the first free day of each Monday-to-Sunday week only', () => {
    // Week of 01-04: misses Wednesday only (forgiven). Week of 01-11: misses Tuesday and Thursday (second breaks).
    const log = studied(
      '2027-01-04', '2027-01-05', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10',
      '2027-01-11', '2027-01-13', '2027-01-15', '2027-01-16',
    );
    expect(computeStreaks(log, ONE_A_WEEK, '2027-01-16')).toMatchObject({
      current: 2,
      currentStart: '2027-01-15',
      longest: 8,
      longestStart: '2027-01-04',
      longestEnd: '2027-01-13',
    });
  });

  it('the allowance starts over on Monday, so free days at a week boundary are both forgiven', () => {
    // Sunday 01-10 and Monday 01-11 missed: one in each week.
    const log = studied('2027-01-08', '2027-01-09', '2027-01-12');
    expect(computeStreaks(log, ONE_A_WEEK, '2027-01-12')).toMatchObject({ current: 3, longest: 3 });
  });

  it('entries dated after today are ignored', () => {
    const log = studied('2027-01-04', '2027-01-05', '2027-01-20');
    expect(computeStreaks(log, NO_REST, '2027-01-05')).toMatchObject({ current: 2, longest: 2, hasStudiedToday: true });
  });

  it('an entry with neither minutes nor words is not study', () => {
    const log = [...studied('2027-01-04'), entry('2027-01-05', 0, 0)];
    expect(computeStreaks(log, NO_REST, '2027-01-06')).toMatchObject({ current: 0, longest: 1 });
    // Words alone (flash cards on the bus, minutes not timed) do count.
    expect(computeStreaks([...studied('2027-01-04'), entry('2027-01-05', 0, 8)], NO_REST, '2027-01-05').current).toBe(2);
  });
});
