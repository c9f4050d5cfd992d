import { describe, expect, it } from 'vitest';
import {
  CHINA_RULE_SETS,
  SpecialDeductionSettingsSchema,
  childMonthsInYear,
  computeContribution,
  computeSpecialDeductions,
  computeTax,
} from '../../../../shared/tax';
import { settings, yearInput, yuan } from './helpers';

const amounts = CHINA_RULE_SETS[0]!.specialDeductions;
const deductions = (input: object, year = 2027) => computeSpecialDeductions(SpecialDeductionSettingsSchema.parse(input), amounts, year);

describe('special additional deductions', () => {
  it('counts a child under 3 from the birth month and education from the month it turns 3', () => {
    expect(childMonthsInYear('2025-06', 2025)).toEqual({ under3: 7, from3: 0 });
    expect(childMonthsInYear('2025-06', 2027)).toEqual({ under3: 12, from3: 0 });
    expect(childMonthsInYear('2025-06', 2028)).toEqual({ under3: 5, from3: 7 });
    expect(childMonthsInYear('2030-01', 2028)).toEqual({ under3: 0, from3: 0 });
    const r = deductions({ children: [{ birthMonth: '2025-06' }] }, 2028);
    expect(r.totalMinor).toBe(yuan(24_000));
    expect(r.steps.map((s) => [s.labelKey, s.values.months])).toEqual([
      ['tax.explain.childUnder3', 5],
      ['tax.explain.childEducation', 7],
    ]);
  });

  it('halves a child’s deduction when both parents claim, and stops education when the child has left it', () => {
    expect(deductions({ children: [{ birthMonth: '2015-01', share: 'half' }] }).totalMinor).toBe(yuan(12_000));
    expect(deductions({ children: [{ birthMonth: '2000-01', isInEducation: false }] }).totalMinor).toBe(0);
  });

  it('elderly parents: 3,000 a month for an only child, the agreed share capped at 1,500 otherwise', () => {
    expect(deductions({ elderlyParents: { kind: 'only-child' } }).totalMinor).toBe(yuan(36_000));
    expect(deductions({ elderlyParents: { kind: 'shared', monthlyShareMinor: yuan(1_000) } }).totalMinor).toBe(yuan(12_000));
    // the schema refuses more than 1,500; the calculation caps it anyway
    const raw = { ...SpecialDeductionSettingsSchema.parse({}), elderlyParents: { kind: 'shared' as const, monthlyShareMinor: yuan(2_000) } };
    expect(computeSpecialDeductions(raw, amounts, 2027).totalMinor).toBe(yuan(18_000));
  });

  it('continuing education: 400 a month for a degree, 3,600 in a certificate year', () => {
    expect(deductions({ isInDegreeProgram: true }).totalMinor).toBe(yuan(4_800));
    expect(deductions({ certificateYears: [2027] }).totalMinor).toBe(yuan(3_600));
    expect(deductions({ certificateYears: [2026] }).totalMinor).toBe(0);
  });

  it('mortgage interest 1,000 a month, or rent by city tier', () => {
    expect(deductions({ housing: { kind: 'mortgage' } }).totalMinor).toBe(yuan(12_000));
    expect(deductions({ housing: { kind: 'mortgage', share: 'half' } }).totalMinor).toBe(yuan(6_000));
    expect(deductions({ housing: { kind: 'rent', cityTier: 'tier-1' } }).totalMinor).toBe(yuan(18_000));
    expect(deductions({ housing: { kind: 'rent', cityTier: 'tier-2' } }).totalMinor).toBe(yuan(13_200));
    expect(deductions({ housing: { kind: 'rent', cityTier: 'tier-3' } }).totalMinor).toBe(yuan(9_600));
  });

  it('serious illness: the part above 15,000, at most 80,000', () => {
    expect(deductions({ seriousIllnessOutOfPocketMinor: yuan(15_000) }).totalMinor).toBe(0);
    expect(deductions({ seriousIllnessOutOfPocketMinor: yuan(40_000) }).totalMinor).toBe(yuan(25_000));
    expect(deductions({ seriousIllnessOutOfPocketMinor: yuan(200_000) }).totalMinor).toBe(yuan(80_000));
  });

  it('keeps other deductions out of the special total (they survive the allowance exemption)', () => {
    expect(deductions({ otherDeductionsMinor: yuan(12_000) }).totalMinor).toBe(0);
  });
});

describe('social insurance and housing fund', () => {
  it('percent of the monthly base salary, capped, rounded to the fen each month', () => {
    const r = computeContribution('socialInsurance', { kind: 'percent-of-base', rateBp: 1_050, monthlyBaseMinor: null, monthlyBaseCapMinor: yuan(36_549) }, yuan(600_000), 12);
    expect(r.annualMinor).toBe(yuan(3_837.65) * 12);
    expect(r.steps[0]?.values).toMatchObject({ monthlyBaseMinor: yuan(36_549), isCapped: true, monthlyMinor: yuan(3_837.65) });
  });

  it('uses an entered base, and the months employed', () => {
    const r = computeContribution('housingFund', { kind: 'percent-of-base', rateBp: 700, monthlyBaseMinor: yuan(20_000), monthlyBaseCapMinor: null }, yuan(600_000), 10);
    expect(r.annualMinor).toBe(yuan(14_000));
    expect(r.steps[0]?.labelKey).toBe('tax.explain.housingFund');
  });

  it('with no base entered, the base is the base salary per month worked, uncapped when no ceiling is set', () => {
    // 300,000 base salary over 10 months = 30,000 a month; 8% = 2,400 a month, x 10 = 24,000.
    const r = computeContribution('socialInsurance', { kind: 'percent-of-base', rateBp: 800, monthlyBaseMinor: null, monthlyBaseCapMinor: null }, yuan(300_000), 10);
    expect(r.annualMinor).toBe(yuan(24_000));
    expect(r.steps[0]?.values).toMatchObject({ monthlyBaseMinor: yuan(30_000), isCapped: false, monthlyMinor: yuan(2_400), months: 10 });
  });

  it('an annual amount is pro rata for a part year; none is zero', () => {
    expect(computeContribution('housingFund', { kind: 'annual-amount', annualMinor: yuan(12_000) }, 0, 6).annualMinor).toBe(yuan(6_000));
    expect(computeContribution('socialInsurance', { kind: 'none' }, yuan(100_000), 12)).toEqual({ annualMinor: 0, steps: [] });
  });
});

describe('the default contribution base is the base salary, not all wages', () => {
  // Wages 1,200,000 = base salary 900,000 + a 300,000 sign-on (offer A's year 1).
  const input = yearInput({ taxYear: 2027, wagesMinor: yuan(1_200_000), baseSalaryMinor: yuan(900_000) });

  it('a sign-on does not raise social insurance or the housing fund', () => {
    const s = settings({
      model: 'china-resident',
      socialInsurance: { kind: 'percent-of-base', rateBp: 1_050 },
      housingFund: { kind: 'percent-of-base', rateBp: 700 },
    });
    const r = computeTax(s, input);
    if (!r.ok) throw new Error('expected ok');
    // Base 900,000 / 12 = 75,000 a month: 10.5% = 7,875 and 7% = 5,250 a month, x 12 = 94,500 + 63,000.
    // (All wages as the base would be 100,000 a month: 126,000 + 84,000, the sign-on spread over the year.)
    expect(r.value.contributionsMinor).toBe(yuan(94_500) + yuan(63_000));
    const steps = r.value.explanation.filter((e) => e.labelKey === 'tax.explain.socialInsurance' || e.labelKey === 'tax.explain.housingFund');
    expect(steps.map((e) => e.values.monthlyBaseMinor)).toEqual([yuan(75_000), yuan(75_000)]);
    // Taxable: 1,200,000 - 60,000 - 157,500 = 982,500 -> 45%: 442,125 - 181,920 = 260,205.
    expect(r.value.taxMinor).toBe(yuan(260_205));
  });

  it('the ceiling still applies to the base salary', () => {
    const s = settings({ model: 'china-resident', socialInsurance: { kind: 'percent-of-base', rateBp: 1_050, monthlyBaseCapMinor: yuan(36_549) } });
    const r = computeTax(s, input);
    // 75,000 a month is above the 36,549 ceiling: 3,837.65 a month, x 12 = 46,051.80.
    expect(r.ok && r.value.contributionsMinor).toBe(yuan(46_051.8));
  });

  it('a base salary below the ceiling is used as it is, however high the other wages', () => {
    const s = settings({ model: 'china-resident', socialInsurance: { kind: 'percent-of-base', rateBp: 1_050, monthlyBaseCapMinor: yuan(36_549) } });
    // Base 360,000 = 30,000 a month (under the ceiling); wages 660,000 would be 55,000 a month (over it).
    const r = computeTax(s, yearInput({ taxYear: 2027, wagesMinor: yuan(660_000), baseSalaryMinor: yuan(360_000) }));
    expect(r.ok && r.value.contributionsMinor).toBe(yuan(3_150) * 12);
  });

  it('an entered monthly base wins over the base salary; the non-resident model uses the same base', () => {
    const entered = settings({ model: 'china-resident', housingFund: { kind: 'percent-of-base', rateBp: 1_000, monthlyBaseMinor: yuan(20_000) } });
    expect(computeTax(entered, input)).toMatchObject({ ok: true, value: { contributionsMinor: yuan(24_000) } });
    const nonResident = settings({ model: 'china-nonresident', socialInsurance: { kind: 'percent-of-base', rateBp: 1_000 } });
    const r = computeTax(nonResident, { ...input, monthsEmployed: 6 });
    // 900,000 over 6 months = 150,000 a month x 10% = 15,000, x 6 = 90,000.
    expect(r.ok && r.value.contributionsMinor).toBe(yuan(90_000));
  });
});
