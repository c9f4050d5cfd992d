import { describe, expect, it } from 'vitest';
import { computeTax, type TaxComputation, type TaxResult } from '../../../../../shared/tax';
import { computeUsHousehold, type UsHouseholdInput } from '../../../../../shared/tax/us/us-household';
import { findUsFederalRules } from '../../../../../shared/tax/us/us-rules';
import { settings, yearInput } from '../helpers';

/** Dollars (with cents) to cents. */
const usd = (amount: number) => Math.round(amount * 100);

function value(result: TaxResult): TaxComputation {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}

function household(partial: Partial<UsHouseholdInput> & Pick<UsHouseholdInput, 'earners'>) {
  const rules = findUsFederalRules(2026);
  if (!rules) throw new Error('no 2026 rules');
  const result = computeUsHousehold({ rules, status: 'single', state: 'CA', isNewYorkCity: false, stateFlatRateBp: null, otherItemizedMinor: 0, ...partial });
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const earner = (wages: number) => ({ wagesMinor: usd(wages), pretax401kMinor: 0, isWaCaresExempt: false });

describe('reference example (a): single, 2026, wages 250,000, California', () => {
  it('with the standard deduction: 89,072.98 (the reference rounds to 89,073)', () => {
    const h = household({ earners: [earner(250_000)], forceStandard: true });
    // Federal: taxable 250,000 - 16,100 = 233,900; 10% x 12,400 = 1,240; 12% x 38,000 = 4,560;
    // 22% x 55,300 = 12,166; 24% x 96,075 = 23,058; 32% x 32,125 = 10,280; total 51,304.
    expect(h.federal.taxableMinor).toBe(usd(233_900));
    expect(h.federal.taxMinor).toBe(usd(51_304));
    // FICA: 6.2% x 184,500 = 11,439; 1.45% x 250,000 = 3,625; 0.9% x 50,000 = 450; 15,514.
    expect(h.payroll.socialSecurityMinor).toBe(usd(11_439));
    expect(h.payroll.medicareMinor).toBe(usd(3_625));
    expect(h.payroll.additionalMedicareMinor).toBe(usd(450));
    // CA (2025 schedule, 2026 not found): taxable 250,000 - 5,706 = 244,294; 110.79 + 303.70 + 607.52 +
    // 965.40 + 1,214.56 + 9.3% x 171,570 (15,956.01) = 19,157.98; less the 153 credit (AGI below 252,203) = 19,004.98.
    expect(h.state.incomeTaxMinor).toBe(usd(19_004.98));
    // SDI 1.3% x 250,000, no cap = 3,250.
    expect(h.state.payrollMinor).toBe(usd(3_250));
    // 51,304 + 15,514 + 19,004.98 + 3,250 = 89,072.98.
    expect(h.totalMinor).toBe(usd(89_072.98));
    expect(h.basis).toBe('assumed-unchanged'); // California 2026 runs on 2025's schedule
  });

  it('itemizing, as the engine chooses: federal 49,334.41, total 87,103.39', () => {
    const h = household({ earners: [earner(250_000)] });
    // SALT = CA tax 19,004.98 + SDI 3,250 = 22,254.98: under the 40,400 cap, above the 16,100 standard.
    expect(h.deduction).toMatchObject({ kind: 'itemized', saltPaidMinor: usd(22_254.98), saltCapMinor: usd(40_400), deductionMinor: usd(22_254.98) });
    // Taxable 227,745.02: 51,304 - 32% x (22,254.98 - 16,100 = 6,154.98) = 51,304 - 1,969.5936 = 49,334.41.
    expect(h.federal.taxMinor).toBe(usd(49_334.41));
    expect(h.federalStandardTaxMinor).toBe(usd(51_304));
    // 49,334.41 + 15,514 + 19,004.98 + 3,250 = 87,103.39.
    expect(h.totalMinor).toBe(usd(87_103.39));
  });

  it('the same through computeTax: tax 68,339.39, payroll 18,764, take-home 162,896.61', () => {
    const s = settings({ model: 'us', us: { state: 'CA' } });
    const r = value(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: usd(250_000) })));
    expect(r).toMatchObject({ model: 'us', taxMinor: usd(49_334.41 + 19_004.98), contributionsMinor: usd(15_514 + 3_250), takeHomeMinor: usd(250_000 - 87_103.39) });
    expect(r.marginalRateBp).toBe(3_200 + 930);
  });
});

describe('reference example (b): the same wages in Washington', () => {
  it('federal 51,304 + FICA 15,514 + WA Cares 1,450 = 68,268', () => {
    const h = household({ state: 'WA', earners: [earner(250_000)] });
    expect(h.deduction.kind).toBe('standard');
    expect(h.federal.taxMinor).toBe(usd(51_304));
    expect(h.state.payrollMinor).toBe(usd(1_450)); // 0.58% x 250,000
    expect(h.totalMinor).toBe(usd(68_268));
    // 0.58% is published for 2026 (wacaresfund.wa.gov): enacted, not "assumed unchanged".
    expect(h.state.basis).toBe('enacted');
    expect(h.notices).not.toContain('tax.notice.us.waAssumed');
  });

  it('with an approved WA Cares exemption: 66,818', () => {
    const h = household({ state: 'WA', earners: [{ ...earner(250_000), isWaCaresExempt: true }] });
    expect(h.totalMinor).toBe(usd(66_818));
  });

  it('Texas: no state tax, federal and FICA only (66,818)', () => {
    expect(household({ state: 'TX', earners: [earner(250_000)] }).totalMinor).toBe(usd(51_304 + 15_514));
  });
});

describe('reference example (c): married filing jointly, 2026, wages 400,000, New York City', () => {
  const nyc = { status: 'married-joint' as const, state: 'NY' as const, isNewYorkCity: true };

  it('two earners at 200,000: 143,591.05 with the standard deduction', () => {
    const h = household({ ...nyc, earners: [earner(200_000), earner(200_000)], forceStandard: true });
    // Federal: taxable 367,800; 2,480 + 9,120 + 24,332 + 24% x 156,400 (37,536) = 73,468.
    expect(h.federal.taxMinor).toBe(usd(73_468));
    // Social Security per earner: 2 x 6.2% x 184,500... each earns 200,000 > 184,500, so 2 x 11,439 = 22,878.
    expect(h.payroll.socialSecurityMinor).toBe(usd(22_878));
    // Medicare 1.45% x 400,000 = 5,800; additional 0.9% x (400,000 - 250,000) = 1,350.
    expect(h.payroll.medicareMinor + h.payroll.additionalMedicareMinor).toBe(usd(7_150));
    // NY: taxable 400,000 - 16,050 = 383,950. Schedule tax (2026 rates): 17,928.55 on 323,200 + 6.85% x 60,750
    // = 22,089.925 -> 22,089.93. Recapture: AGI - 323,200 = 76,800 > 50,000, so in full: base 1,140 (5.9% x
    // 161,550 - 8,391.20 = 1,140.25) + increment 3,071 (6.85% x 323,200 - 17,928.55 = 4,210.65 -> 4,211, less
    // 1,140) = 4,211. NY tax 26,300.93 (the reference: 26,301).
    expect(h.steps.find((s) => s.labelKey === 'tax.explain.us.nyTax')?.values).toEqual({
      scheduleTaxMinor: usd(22_089.93),
      recaptureMinor: usd(4_211),
      taxMinor: usd(26_300.93),
    });
    // NYC: 3.078% x 21,600 = 664.848; 3.762% x 23,400 = 880.308; 3.819% x 45,000 = 1,718.55; 3.876% x
    // 293,950 = 11,393.502; total 14,657.208 -> 14,657.21. School credit 0.171% x 21,600 + 0.228% x 362,350 =
    // 36.936 + 826.158 = 863.094 -> 863.09. Net 13,794.12.
    expect(h.steps.find((s) => s.labelKey === 'tax.explain.us.nycTax')?.values).toEqual({
      taxableMinor: usd(383_950),
      cityTaxMinor: usd(14_657.21),
      creditMinor: usd(863.09),
      taxMinor: usd(13_794.12),
    });
    // 73,468 + 22,878 + 7,150 + 26,300.93 + 13,794.12 = 143,591.05.
    expect(h.totalMinor).toBe(usd(143_591.05));
  });

  it('one earner at 400,000: one Social Security wage base, 132,152.05', () => {
    const h = household({ ...nyc, earners: [earner(400_000)], forceStandard: true });
    // 73,468 + 11,439 + 7,150 + 26,300.93 + 13,794.12 = 132,152.05.
    expect(h.totalMinor).toBe(usd(132_152.05));
  });

  it('itemizing: SALT 40,095.05 under the 40,400 cap, federal 71,573.19 (1,894.81 less)', () => {
    const h = household({ ...nyc, earners: [earner(200_000), earner(200_000)] });
    expect(h.deduction).toMatchObject({ kind: 'itemized', saltPaidMinor: usd(40_095.05), saltCapMinor: usd(40_400) });
    // 73,468 - 24% x (40,095.05 - 32,200 = 7,895.05) = 73,468 - 1,894.812 = 71,573.188 -> 71,573.19.
    expect(h.federal.taxMinor).toBe(usd(71_573.19));
  });

  it('through computeTax, the offer carries what its wages add to the household tax', () => {
    const s = settings({ model: 'us', us: { state: 'NY', isNewYorkCity: true, filingStatus: 'married-joint', spouseWagesMinor: usd(200_000) } });
    const r = value(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: usd(200_000) })));
    const share = r.explanation.find((e) => e.labelKey === 'tax.explain.us.spouseShare')?.values;
    expect(share).toBeDefined();
    const householdMinor = Number(share?.householdMinor);
    const aloneMinor = Number(share?.spouseAloneMinor);
    expect(r.taxMinor + r.contributionsMinor).toBe(householdMinor - aloneMinor);
    expect(r.takeHomeMinor).toBe(usd(200_000) - (householdMinor - aloneMinor));
  });
});

describe('the SALT cap phases down above MAGI 505,000 (2026), never below 10,000', () => {
  it('single, California, wages 600,000: cap 40,400 - 30% x 95,000 = 11,900', () => {
    const h = household({ earners: [earner(600_000)] });
    expect(h.deduction.saltCapMinor).toBe(usd(11_900));
    expect(h.deduction).toMatchObject({ kind: 'standard', deductionMinor: usd(16_100) }); // 11,900 < 16,100
  });

  it('wages 1,000,000: the floor of 10,000', () => {
    expect(household({ earners: [earner(1_000_000)] }).deduction.saltCapMinor).toBe(usd(10_000));
  });
});

describe('401(k), unsupported choices and years', () => {
  it('pre-tax 401(k) lowers federal and California taxable income but not FICA, and stays in take-home', () => {
    const s = settings({ model: 'us', us: { state: 'TX', pretax401kMinor: usd(24_500) } });
    const r = value(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: usd(150_000) })));
    // Federal taxable 150,000 - 24,500 - 16,100 = 109,400: 1,240 + 4,560 + 12,166 + 24% x 3,700 (888) = 18,854.
    expect(r.taxMinor).toBe(usd(18_854));
    // FICA on all 150,000: 9,300 + 2,175 = 11,475.
    expect(r.contributionsMinor).toBe(usd(11_475));
    expect(r.takeHomeMinor).toBe(usd(150_000 - 18_854 - 11_475));
  });

  it('head of household is named and falls back to the effective rate with a notice', () => {
    const s = settings({ model: 'us', effectiveRateBp: 3_000, us: { state: 'WA', filingStatus: 'head-of-household' } });
    const r = value(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: usd(100_000) })));
    expect(r.model).toBe('effective-rate');
    expect(r.taxMinor).toBe(usd(30_000));
    expect(r.notices[0]).toBe('tax.notice.us.filingStatusUnsupported');
    expect(r.explanation[0]).toEqual({ labelKey: 'tax.explain.us.fallback', values: { named: 'head-of-household', rateBp: 3_000 } });
  });

  it('a state without rules and without a rate is named and falls back; with a rate it is taxed flat on AGI', () => {
    const noRate = value(computeTax(settings({ model: 'us', effectiveRateBp: 2_500, us: { state: 'OR' } }), yearInput({ taxYear: 2026, wagesMinor: usd(100_000) })));
    expect(noRate.notices).toContain('tax.notice.us.stateNeedsRate');
    expect(noRate.explanation[0]?.values.named).toBe('OR');
    const flat = value(computeTax(settings({ model: 'us', us: { state: 'OR', stateFlatRateBp: 900 } }), yearInput({ taxYear: 2026, wagesMinor: usd(100_000) })));
    // Federal: 100,000 - 16,100 = 83,900 -> 1,240 + 4,560 + 22% x 33,500 (7,370) = 13,170; OR 9% x 100,000 = 9,000.
    // Itemizing 9,000 < 16,100, so standard.
    expect(flat.taxMinor).toBe(usd(13_170 + 9_000));
    expect(flat.notices).toContain('tax.notice.us.stateFlatRate');
  });

  it('2027 runs on 2026 figures, flagged; refusing assumed rules gives no rule; 2024 has none', () => {
    const r = value(computeTax(settings({ model: 'us', us: { state: 'TX' } }), yearInput({ taxYear: 2027, wagesMinor: usd(250_000) })));
    expect(r.ruleBasis).toBe('assumed-unchanged');
    expect(r.notices[0]).toBe('tax.notice.us.federalAssumed');
    expect(r.taxMinor).toBe(usd(51_304));
    expect(computeTax(settings({ model: 'us', allowAssumedRules: false, us: { state: 'TX' } }), yearInput({ taxYear: 2027, wagesMinor: 1 }))).toMatchObject({ ok: false });
    expect(computeTax(settings({ model: 'us', us: { state: 'TX' } }), yearInput({ taxYear: 2024, wagesMinor: 1 }))).toMatchObject({ ok: false, error: { code: 'no-rule-for-year' } });
  });

  it('bonus and RSU vests are wages; supplemental withholding is shown as cash timing only', () => {
    const s = settings({ model: 'us', us: { state: 'TX' } });
    const split = value(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: usd(150_000), annualBonusMinor: usd(50_000), equityVestedMinor: usd(50_000) })));
    const whole = value(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: usd(250_000) })));
    expect(split.taxMinor).toBe(whole.taxMinor);
    // Withheld at 22% on 100,000 = 22,000, whatever the liability.
    expect(split.explanation.find((e) => e.labelKey === 'tax.explain.us.supplementalWithholding')?.values).toMatchObject({ supplementalMinor: usd(100_000), withheldMinor: usd(22_000) });
  });
});

describe('California details', () => {
  it('exemption credit phases out by 6 per 2,500 (or part) above 252,203; mental health tax above 1M', () => {
    // AGI 300,000: 47,797 over, 20 steps, 153 - 120 = 33.
    const h = household({ state: 'CA', earners: [earner(300_000)], forceStandard: true });
    expect(h.steps.find((s) => s.labelKey === 'tax.explain.us.caExemptionCredit')?.values).toMatchObject({ increments: 20, creditMinor: usd(33) });
    // Taxable 294,294: 19,157.98 + 9.3% x 50,000 = 23,807.98, less 33 = 23,774.98.
    expect(h.state.incomeTaxMinor).toBe(usd(23_774.98));
    const big = household({ state: 'CA', earners: [earner(1_500_000)], forceStandard: true });
    // Taxable 1,494,294: 1% x 494,294 = 4,942.94.
    expect(big.steps.find((s) => s.labelKey === 'tax.explain.us.caMentalHealth')?.values).toMatchObject({ taxMinor: usd(4_942.94) });
  });
});

describe('Massachusetts', () => {
  it('5% on wages less the exemption, 4% surtax above 1,083,150 (2025 threshold, assumed for 2026)', () => {
    const h = household({ state: 'MA', earners: [earner(1_200_000)], forceStandard: true });
    // (1,200,000 - 4,400) x 5% = 59,780; surtax 4% x (1,195,600 - 1,083,150 = 112,450) = 4,498.
    expect(h.state.incomeTaxMinor).toBe(usd(59_780 + 4_498));
    expect(h.state.notices).toContain('tax.notice.us.maAssumed');
  });
});
