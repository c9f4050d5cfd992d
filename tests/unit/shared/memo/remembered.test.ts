import { describe, expect, it } from 'vitest';
import { remembered } from '../../../../shared/memo/remembered';
import { offsetIsoDate } from '../../../../shared/checklists/due-dates';
import { dayNumberOf, isoDateOfDayNumber } from '../../../../shared/dates/day-numbers';

describe('remembered: one answer per key, bounded', () => {
  it('computes a key once and answers it again from memory', () => {
    const asked: string[] = [];
    const lengthOf = remembered((key: string) => {
      asked.push(key);
      return key.length;
    });
    expect([lengthOf('2027-03-01'), lengthOf('abc'), lengthOf('2027-03-01')]).toEqual([10, 3, 10]);
    expect(asked).toEqual(['2027-03-01', 'abc']);
  });

  it('forgets everything when full, then remembers again', () => {
    const asked: number[] = [];
    const double = remembered((key: number) => {
      asked.push(key);
      return key * 2;
    }, 2);
    double(1);
    double(2);
    // Full: 3 clears 1 and 2, and is kept.
    expect(double(3)).toBe(6);
    expect(double(1)).toBe(2);
    expect(double(3)).toBe(6);
    expect(asked).toEqual([1, 2, 3, 1]);
  });

  it('remembers nothing for a call that throws: the next call throws again', () => {
    let calls = 0;
    const strict = remembered((key: string) => {
      calls++;
      if (key === 'bad') throw new RangeError('bad');
      return key;
    });
    expect(() => strict('bad')).toThrow(RangeError);
    expect(() => strict('bad')).toThrow(RangeError);
    expect(calls).toBe(2);
  });
});

describe('the remembered calendar functions answer as computed', () => {
  it('day numbers both ways, asked twice', () => {
    // 2027-03-01: 57 years after 1970 with 14 leap days (1972...2024) = 57 * 365 + 14 = 20_819, plus Jan (31)
    // and Feb (28) = 20_878.
    for (let round = 0; round < 2; round++) {
      expect(dayNumberOf('2027-03-01')).toBe(20_878);
      expect(isoDateOfDayNumber(20_878)).toBe('2027-03-01');
    }
    expect(() => dayNumberOf('2027-02-29')).toThrow(RangeError);
    expect(() => dayNumberOf('2027-02-29')).toThrow(RangeError);
  });

  it('offsets that share a key share an answer, and distinct ones stay distinct', () => {
    // Months first, then days: 2027-01-31 + 1 month = 2027-02-28 (clamped), - 1 day = 2027-02-27.
    expect(offsetIsoDate('2027-01-31', 1, -1)).toBe('2027-02-27');
    expect(offsetIsoDate('2027-01-31', 1, -1)).toBe('2027-02-27');
    // Same digits, other split: 2027-01-31 + 11 days = 2027-02-11; + 11 months = 2027-12-31.
    expect(offsetIsoDate('2027-01-31', 0, 11)).toBe('2027-02-11');
    expect(offsetIsoDate('2027-01-31', 11, 0)).toBe('2027-12-31');
    expect(() => offsetIsoDate('2027-01-31', 0, 1.5)).toThrow(RangeError);
  });
});
