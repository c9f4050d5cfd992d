import { describe, expect, it } from 'vitest';
import {
  CHINA_RULE_SETS,
  SpecialDeductionSettingsSchema,
  childMonthsInYear,
  computeContribution,
  computeSpecialDeductions,
} from '../../../../shared/tax';
import { yuan } from './helpers';

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
  it('percent of the average monthly wage, capped, rounded to the fen each month', () => {
    const r = computeContribution('socialInsurance', { kind: 'percent-of-base', rateBp: 1_050, monthlyBaseMinor: null, monthlyBaseCapMinor: yuan(36_549) }, yuan(600_000), 12);
    expect(r.annualMinor).toBe(yuan(3_837.65) * 12);
    expect(r.steps[0]?.values).toMatchObject({ monthlyBaseMinor: yuan(36_549), isCapped: true, monthlyMinor: yuan(3_837.65) });
  });

  it('uses an entered base, and the months employed', () => {
    const r = computeContribution('housingFund', { kind: 'percent-of-base', rateBp: 700, monthlyBaseMinor: yuan(20_000), monthlyBaseCapMinor: null }, yuan(600_000), 10);
    expect(r.annualMinor).toBe(yuan(14_000));
    expect(r.steps[0]?.labelKey).toBe('tax.explain.housingFund');
  });

  it('an annual amount is pro rata for a part year; none is zero', () => {
    expect(computeContribution('housingFund', { kind: 'annual-amount', annualMinor: yuan(12_000) }, 0, 6).annualMinor).toBe(yuan(6_000));
    expect(computeContribution('socialInsurance', { kind: 'none' }, yuan(100_000), 12)).toEqual({ annualMinor: 0, steps: [] });
  });
});
