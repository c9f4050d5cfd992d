import { describe, expect, it } from 'vitest';
import { yearOfMonth } from '../../../../shared/offers/year-rule';
import { baseByYear, firstYearBase } from '../../../../shared/offers/base-salary';
import { bonusByYear } from '../../../../shared/offers/bonus';
import { relocationByYear, signOnByYear } from '../../../../shared/offers/one-off-payments';
import { allowancesByYear } from '../../../../shared/offers/allowances';
import { subsidiesByYear } from '../../../../shared/offers/subsidies';
import { offerBreakdown } from '../../../../shared/offers/breakdown';
import type { Subsidy } from '../../../../shared/offers/schema';
import { housing, offerA, offerB } from './fixtures';

const NONE = { kind: 'none', untilMonth: 0 } as const;

describe('the year rule', () => {
  it('puts month 0 in year 1 and month 12k in year k', () => {
    expect([0, 1, 11, 12, 13, 24, 25, 36, 48, 72].map(yearOfMonth)).toEqual([1, 1, 1, 1, 2, 2, 3, 3, 4, 6]);
  });
});

describe('base salary', () => {
  it('raises at each anniversary, compounding, rounded to minor units each year', () => {
    expect(baseByYear({ kind: 'annual', amountMinor: 100_000_00, monthsPerYear: 12, yearlyRaiseBp: 500 }, 4)).toEqual([
      100_000_00, 105_000_00, 110_250_00, 115_762_50,
    ]);
    // 333.33 * 1.03 = 343.3299 -> 343.33; then 353.6299 -> 353.63
    expect(baseByYear({ kind: 'annual', amountMinor: 333_33, monthsPerYear: 12, yearlyRaiseBp: 300 }, 3)).toEqual([333_33, 343_33, 353_63]);
  });

  it('pays monthly salaries 12, 13 or 14 times a year', () => {
    const monthly = (monthsPerYear: number) => firstYearBase({ kind: 'monthly', amountMinor: 50_000_00, monthsPerYear, yearlyRaiseBp: 0 });
    expect([12, 13, 14].map(monthly)).toEqual([600_000_00, 650_000_00, 700_000_00]);
    expect(baseByYear({ kind: 'monthly', amountMinor: 50_000_00, monthsPerYear: 13, yearlyRaiseBp: 1_000 }, 2)).toEqual([650_000_00, 715_000_00]);
  });

  it('ignores monthsPerYear for an annual base', () => {
    expect(firstYearBase({ kind: 'annual', amountMinor: 12_00, monthsPerYear: 14, yearlyRaiseBp: 0 })).toBe(12_00);
  });
});

describe('bonus', () => {
  it('is a percentage of that year’s raised base', () => {
    expect(bonusByYear({ kind: 'percentOfBase', targetBp: 1_500, fixedMinor: 0 }, [100_000_00, 105_000_00])).toEqual([15_000_00, 15_750_00]);
  });
  it('or a fixed amount every year', () => {
    expect(bonusByYear({ kind: 'fixed', targetBp: 9_999, fixedMinor: 20_000_00 }, [1, 2, 3])).toEqual([20_000_00, 20_000_00, 20_000_00]);
  });
});

describe('sign-on and relocation', () => {
  it('places installments in the year they are paid and drops those after the horizon', () => {
    const signOn = {
      installments: [
        { id: 'a', month: 0, amountMinor: 100 },
        { id: 'b', month: 12, amountMinor: 200 },
        { id: 'c', month: 13, amountMinor: 400 },
        { id: 'd', month: 60, amountMinor: 800 },
      ],
      clawback: NONE,
    };
    expect(signOnByYear(signOn, 4)).toEqual([300, 400, 0, 0]);
    expect(signOnByYear(signOn, 5)).toEqual([300, 400, 0, 0, 800]);
  });

  it('counts a lump sum or a reimbursement cap in its year, and nothing for none', () => {
    expect(relocationByYear({ kind: 'lumpSum', amountMinor: 500, month: 0, clawback: NONE }, 2)).toEqual([500, 0]);
    expect(relocationByYear({ kind: 'reimbursement', amountMinor: 700, month: 14, clawback: NONE }, 2)).toEqual([0, 700]);
    expect(relocationByYear({ kind: 'none', amountMinor: 700, month: 0, clawback: NONE }, 2)).toEqual([0, 0]);
  });
});

describe('allowances', () => {
  it('adds monthly (x12) and yearly allowances, and stops after the first N years', () => {
    const list = [
      housing(1_000),
      { ...housing(5_000), id: 'edu', kind: 'education' as const, period: 'year' as const, firstYears: 2 },
      { ...housing(10), id: 'meals', kind: 'meals' as const, firstYears: 1, isReimbursed: true },
    ];
    expect(allowancesByYear(list, 3)).toEqual([12_000 + 5_000 + 120, 12_000 + 5_000, 12_000]);
    expect(allowancesByYear(list, 3, 'education')).toEqual([5_000, 5_000, 0]);
  });
});

describe('subsidies', () => {
  const subsidy = (patch: Partial<Subsidy>): Subsidy => ({
    id: 's',
    name: 'Talent program',
    kind: 'oneOff',
    amountMinor: 1_000,
    month: 0,
    years: 1,
    conditions: 'Stay 3 years',
    ...patch,
  });
  it('pays one-offs at their month and yearly ones for N years within the horizon', () => {
    expect(subsidiesByYear([subsidy({ month: 12 }), subsidy({ id: 't', month: 25, amountMinor: 7 })], 3)).toEqual([1_000, 0, 7]);
    expect(subsidiesByYear([subsidy({ kind: 'yearly', years: 3, amountMinor: 50 })], 4)).toEqual([50, 50, 50, 0]);
    expect(subsidiesByYear([subsidy({ kind: 'yearly', years: 10, amountMinor: 50 })], 2)).toEqual([50, 50]);
  });
});

describe('offer breakdown', () => {
  it('works for horizon 1 and 6', () => {
    const one = offerBreakdown(offerA(), 1);
    expect(one.years).toHaveLength(1);
    expect(one.horizonTotal.total).toBe(181_500_000);
    expect(one.averagePerYear.total).toBe(181_500_000);
    const six = offerBreakdown(offerB(), 6);
    expect(six.years.map((row) => row.total)).toEqual([36_850_000, 30_350_000, 30_350_000, 30_350_000, 20_350_000, 20_350_000]);
    expect(six.horizonTotal.equity).toBe(40_000_000);
  });

  it('keeps the average row consistent: total = sum of the rounded component averages', () => {
    const offer = offerB();
    offer.base.amountMinor = 1_000_01;
    const b = offerBreakdown(offer, 3);
    const avg = b.averagePerYear;
    expect(avg.total).toBe(avg.base + avg.bonus + avg.equity + avg.signOn + avg.relocation + avg.allowances + avg.subsidies);
    expect(avg.base).toBe(1_000_01);
  });
});
