import { describe, expect, it } from 'vitest';
import { EQUITY_AS_WAGES_KEY, computeTax, type TaxComputation, type TaxResult } from '../../../../shared/tax';
import { settings, yearInput, yuan } from './helpers';

function value(result: TaxResult): TaxComputation {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}

const resident = settings({ model: 'china-resident' });

describe('China resident: comprehensive income', () => {
  it('takes the 60,000 basic deduction and the annual table (taxable 180,000 -> 19,080)', () => {
    const r = value(computeTax(resident, yearInput({ taxYear: 2026, wagesMinor: yuan(240_000) })));
    expect(r).toMatchObject({
      grossMinor: yuan(240_000),
      taxableIncomeMinor: yuan(180_000),
      taxMinor: yuan(19_080),
      takeHomeMinor: yuan(220_920),
      marginalRateBp: 2_000,
      ruleBasis: 'enacted',
      bonusTreatment: null,
    });
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.annualBracket')?.values).toEqual({
      taxableMinor: yuan(180_000),
      bracket: 3,
      rateBp: 2_000,
      quickDeductionMinor: yuan(16_920),
      taxMinor: yuan(19_080),
    });
  });

  it('owes nothing below the basic deduction', () => {
    const r = value(computeTax(resident, yearInput({ taxYear: 2026, wagesMinor: yuan(50_000) })));
    expect(r).toMatchObject({ taxableIncomeMinor: 0, taxMinor: 0, takeHomeMinor: yuan(50_000) });
  });

  it('deducts capped social insurance and the housing fund, and withholds them from take-home', () => {
    const s = settings({
      model: 'china-resident',
      socialInsurance: { kind: 'percent-of-base', rateBp: 1_050, monthlyBaseCapMinor: yuan(36_549) },
      housingFund: { kind: 'annual-amount', annualMinor: yuan(30_000) },
    });
    const r = value(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: yuan(600_000) })));
    // 36,549 x 10.5% = 3,837.6450 -> 3,837.65 a month, x 12 = 46,051.80
    expect(r.contributionsMinor).toBe(yuan(46_051.8) + yuan(30_000));
    expect(r.taxableIncomeMinor).toBe(yuan(600_000 - 60_000 - 46_051.8 - 30_000));
    // 463,948.20 x 30% - 52,920 = 86,264.46
    expect(r.taxMinor).toBe(yuan(86_264.46));
    expect(r.takeHomeMinor).toBe(yuan(600_000) - yuan(86_264.46) - yuan(76_051.8));
  });

  it('taxes vested equity as wages and says so', () => {
    const r = value(computeTax(resident, yearInput({ taxYear: 2026, wagesMinor: yuan(200_000), equityVestedMinor: yuan(100_000) })));
    expect(r.taxableIncomeMinor).toBe(yuan(240_000));
    expect(r.taxMinor).toBe(yuan(31_080)); // 240,000 x 20% - 16,920
    expect(r.notices).toContain(EQUITY_AS_WAGES_KEY);
  });
});

describe('China resident: annual bonus separate or combined', () => {
  it('suggests separate when it saves tax and shows both figures', () => {
    const r = value(computeTax(resident, yearInput({ taxYear: 2027, wagesMinor: yuan(300_000), annualBonusMinor: yuan(36_000) })));
    // separate: (300,000 - 60,000) -> 31,080 plus 1,080 on the bonus; combined: 276,000 -> 38,280
    expect(r).toMatchObject({ bonusTreatment: 'separate', taxMinor: yuan(32_160), isSeparateBonusAvailable: true });
    expect(r.suggested?.bonusTreatment).toBe('separate');
    expect(r.options).toEqual([
      { bonusTreatment: 'combined', allowanceTreatment: 'deductions', taxMinor: yuan(38_280), takeHomeMinor: yuan(336_000 - 38_280) },
      { bonusTreatment: 'separate', allowanceTreatment: 'deductions', taxMinor: yuan(32_160), takeHomeMinor: yuan(336_000 - 32_160) },
    ]);
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.bonusChoice')?.values).toEqual({
      chosen: 'separate',
      suggested: 'separate',
      separateTaxMinor: yuan(32_160),
      combinedTaxMinor: yuan(38_280),
    });
    expect(r.bonusTrap).toBeNull();
  });

  it('suggests combined when wages leave room below the basic deduction', () => {
    const r = value(computeTax(resident, yearInput({ taxYear: 2027, wagesMinor: yuan(50_000), annualBonusMinor: yuan(36_000) })));
    // combined: 26,000 x 3% = 780; separate: 0 + 1,080
    expect(r).toMatchObject({ bonusTreatment: 'combined', taxMinor: yuan(780) });
  });

  it('prefers combined on a tie (no extra filing)', () => {
    const r = value(computeTax(resident, yearInput({ taxYear: 2027, wagesMinor: yuan(60_000), annualBonusMinor: yuan(36_000) })));
    expect(r.options.map((o) => o.taxMinor)).toEqual([yuan(1_080), yuan(1_080)]);
    expect(r.bonusTreatment).toBe('combined');
  });

  it('honours a forced preference and flags that it costs more', () => {
    const s = settings({ model: 'china-resident', bonusTreatment: 'combined' });
    const r = value(computeTax(s, yearInput({ taxYear: 2027, wagesMinor: yuan(300_000), annualBonusMinor: yuan(36_000) })));
    expect(r).toMatchObject({ bonusTreatment: 'combined', taxMinor: yuan(38_280), suggested: { bonusTreatment: 'separate' } });
    expect(r.notices).toContain('tax.notice.preferenceCostsMore');
  });

  it('ignores a bonus preference in a year without a bonus', () => {
    const s = settings({ model: 'china-resident', bonusTreatment: 'separate' });
    const r = value(computeTax(s, yearInput({ taxYear: 2027, wagesMinor: yuan(240_000) })));
    expect(r).toMatchObject({ bonusTreatment: null, taxMinor: yuan(19_080), notices: [] });
  });

  it('shows the threshold trap when a 36,012 bonus is taxed separately', () => {
    const r = value(computeTax(resident, yearInput({ taxYear: 2027, wagesMinor: yuan(300_000), annualBonusMinor: yuan(36_012) })));
    // separate 31,080 + 3,391.20 still beats combined 276,012 -> 38,282.40
    expect(r).toMatchObject({ bonusTreatment: 'separate', taxMinor: yuan(34_471.2) });
    expect(r.bonusTrap).toMatchObject({ thresholdMinor: yuan(36_000), lossMinor: yuan(2_299.2), breakEvenBonusMinor: yuan(38_566.67) });
    expect(r.explanation.at(-1)?.labelKey).toBe('tax.explain.bonusTrap');
  });

  it('does not offer the separate option after 2027, and says why', () => {
    const s = settings({ model: 'china-resident', bonusTreatment: 'separate' });
    const r = value(computeTax(s, yearInput({ taxYear: 2028, wagesMinor: yuan(300_000), annualBonusMinor: yuan(36_012) })));
    expect(r).toMatchObject({ bonusTreatment: 'combined', isSeparateBonusAvailable: false, bonusTrap: null, ruleBasis: 'assumed-unchanged' });
    expect(r.taxMinor).toBe(yuan(38_282.4));
    expect(r.options.every((o) => o.bonusTreatment === 'combined')).toBe(true);
    expect(r.notices).toEqual(expect.arrayContaining(['tax.notice.assumedRules', 'tax.notice.separateBonusUnavailable', 'tax.notice.preferenceUnavailable']));
  });
});

describe('China resident, foreign individual: allowances exempt OR special deductions', () => {
  const deductions = {
    children: [
      { birthMonth: '2015-01', share: 'full' as const },
      { birthMonth: '2016-09', share: 'full' as const },
    ],
    housing: { kind: 'rent' as const, cityTier: 'tier-1' as const },
  };
  const foreign = settings({ model: 'china-resident', isForeignNational: true, deductions });

  it('suggests the exemption when the reimbursed allowances outweigh the deductions', () => {
    const r = value(computeTax(foreign, yearInput({ taxYear: 2027, wagesMinor: yuan(600_000), reimbursedAllowancesMinor: yuan(180_000) })));
    // exempt: 540,000 -> 109,080; deductions: 780,000 - 60,000 - 66,000 = 654,000 -> 143,280
    expect(r).toMatchObject({ allowanceTreatment: 'exempt', taxMinor: yuan(109_080), grossMinor: yuan(780_000), isAllowanceExemptionAvailable: true });
    expect(r.options.find((o) => o.allowanceTreatment === 'deductions')?.taxMinor).toBe(yuan(143_280));
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.exemptionChoice')?.values).toMatchObject({
      chosen: 'exempt',
      suggested: 'exempt',
      exemptTaxMinor: yuan(109_080),
      deductionsTaxMinor: yuan(143_280),
      specialDeductionsMinor: yuan(66_000),
    });
    expect(r.explanation.some((s) => s.labelKey === 'tax.explain.specialDeductionsForgone')).toBe(true);
  });

  it('suggests the special deductions when the allowances are small', () => {
    const r = value(computeTax(foreign, yearInput({ taxYear: 2027, wagesMinor: yuan(600_000), reimbursedAllowancesMinor: yuan(20_000) })));
    // exempt: 540,000 -> 109,080; deductions: 620,000 - 60,000 - 66,000 = 494,000 -> 95,280
    expect(r).toMatchObject({ allowanceTreatment: 'deductions', taxMinor: yuan(95_280) });
  });

  it('optimises both choices together (four combinations)', () => {
    const r = value(
      computeTax(foreign, yearInput({ taxYear: 2027, wagesMinor: yuan(600_000), annualBonusMinor: yuan(144_000), reimbursedAllowancesMinor: yuan(180_000) })),
    );
    expect(r.options).toHaveLength(4);
    const best = Math.min(...r.options.map((o) => o.taxMinor));
    expect(r.taxMinor).toBe(best);
    // exempt + separate: 540,000 -> 109,080 plus 14,190
    expect(r).toMatchObject({ bonusTreatment: 'separate', allowanceTreatment: 'exempt', taxMinor: yuan(123_270) });
  });

  it('respects an explicit "deductions" choice', () => {
    const s = settings({ model: 'china-resident', isForeignNational: true, deductions, exemptionPreference: 'deductions' });
    const r = value(computeTax(s, yearInput({ taxYear: 2027, wagesMinor: yuan(600_000), reimbursedAllowancesMinor: yuan(180_000) })));
    expect(r).toMatchObject({ allowanceTreatment: 'deductions', taxMinor: yuan(143_280), suggested: { allowanceTreatment: 'exempt' } });
  });

  it('taxes the allowances and keeps the deductions from 2028 (the exemption has ended)', () => {
    const r = value(computeTax(foreign, yearInput({ taxYear: 2028, wagesMinor: yuan(600_000), reimbursedAllowancesMinor: yuan(180_000) })));
    // children born 2015-01 and 2016-09 are both in education all year: 48,000 + rent 18,000
    expect(r).toMatchObject({ allowanceTreatment: 'deductions', taxMinor: yuan(143_280), isAllowanceExemptionAvailable: false });
    expect(r.notices).toContain('tax.notice.exemptionUnavailable');
  });

  it('never offers the exemption to a Chinese national', () => {
    const s = settings({ model: 'china-resident', isForeignNational: false, deductions, exemptionPreference: 'exempt' });
    const r = value(computeTax(s, yearInput({ taxYear: 2027, wagesMinor: yuan(600_000), reimbursedAllowancesMinor: yuan(180_000) })));
    expect(r).toMatchObject({ allowanceTreatment: 'deductions', taxMinor: yuan(143_280), isAllowanceExemptionAvailable: false });
    expect(r.notices).toContain('tax.notice.preferenceUnavailable');
  });
});

describe('offer A of the offer issue, as a foreign resident with housing reimbursed (2027 vs 2028)', () => {
  // Year 1 of offer A: base 900,000 + sign-on 300,000 as wages, bonus 135,000, RSUs 300,000, housing 180,000.
  const input = {
    wagesMinor: yuan(1_200_000),
    baseSalaryMinor: yuan(900_000),
    annualBonusMinor: yuan(135_000),
    equityVestedMinor: yuan(300_000),
    reimbursedAllowancesMinor: yuan(180_000),
  };
  const s = settings({ model: 'china-resident', isForeignNational: true });

  it('undated, as calendar 2027 (every payment inside 2027): housing exempt, bonus separate', () => {
    const r = value(computeTax(s, { taxYear: 2027, ...input }));
    // comprehensive 1,500,000 - 60,000 = 1,440,000 -> 45%: 648,000 - 181,920 = 466,080; bonus 135,000 -> 10% - 210 = 13,290
    expect(r).toMatchObject({ grossMinor: yuan(1_815_000), taxMinor: yuan(479_370), takeHomeMinor: yuan(1_335_630) });
    expect(r).toMatchObject({ bonusTreatment: 'separate', allowanceTreatment: 'exempt', marginalRateBp: 4_500 });
  });

  it('undated, as calendar 2028: everything combined and taxed', () => {
    const r = value(computeTax(s, { taxYear: 2028, ...input }));
    // 1,815,000 - 60,000 = 1,755,000 -> 45%: 789,750 - 181,920 = 607,830
    expect(r).toMatchObject({ taxMinor: yuan(607_830), takeHomeMinor: yuan(1_207_170), bonusTreatment: 'combined', allowanceTreatment: 'deductions' });
  });

  it('dated as offer year 1 (2027-03..2028-02): bonus paid 2028-03-01 is combined, 10 of 12 housing months exempt', () => {
    const months = Array.from({ length: 12 }, (_, i) => `${i < 10 ? 2027 : 2028}-${String(((i + 2) % 12) + 1).padStart(2, '0')}-01`);
    const dated = {
      taxYear: 2027,
      ...input,
      annualBonusPaidOn: '2028-03-01',
      reimbursedAllowancePayments: months.map((paidOn) => ({ paidOn, amountMinor: yuan(15_000) })),
    };
    const r = value(computeTax(s, dated));
    // Exempt: 150,000 (2027-03..2027-12); taxed: 30,000 (2028-01, 2028-02) + bonus 135,000 combined.
    // 1,200,000 + 300,000 + 135,000 + 30,000 - 60,000 = 1,605,000 -> 722,250 - 181,920 = 540,330
    expect(r).toMatchObject({ taxMinor: yuan(540_330), taxableIncomeMinor: yuan(1_605_000), bonusTreatment: 'combined', allowanceTreatment: 'exempt' });
    expect(r.isSeparateBonusAvailable).toBe(false);
    expect(r.isAllowanceExemptionAvailable).toBe(true);
    expect(r.bonusTrap).toBeNull();
    expect(r.notices).toEqual(expect.arrayContaining(['tax.notice.separateBonusUnavailable', 'tax.notice.exemptionPartial']));
    expect(r.notices).not.toContain('tax.notice.exemptionUnavailable');
    expect(r.explanation.find((e) => e.labelKey === 'tax.explain.allowancesPartlyExempt')?.values).toEqual({
      amountMinor: yuan(180_000),
      exemptMinor: yuan(150_000),
      taxedMinor: yuan(30_000),
      until: '2027-12-31',
    });
    // Special deductions instead (none entered): all 180,000 taxed -> 1,755,000 -> 607,830.
    expect(r.options.map((o) => [o.bonusTreatment, o.allowanceTreatment, o.taxMinor])).toEqual([
      ['combined', 'deductions', yuan(607_830)],
      ['combined', 'exempt', yuan(540_330)],
    ]);
  });

  it('a bonus paid on 2027-12-31 may still be taxed separately, one paid a day later may not', () => {
    const onTheDay = value(computeTax(s, { taxYear: 2028, ...input, annualBonusPaidOn: '2027-12-31' }));
    expect(onTheDay.isSeparateBonusAvailable).toBe(true);
    expect(onTheDay.bonusTreatment).toBe('separate');
    const dayAfter = value(computeTax(s, { taxYear: 2027, ...input, annualBonusPaidOn: '2028-01-01' }));
    expect(dayAfter.isSeparateBonusAvailable).toBe(false);
    expect(dayAfter.bonusTreatment).toBe('combined');
  });

  it('allowances all paid after 2027-12-31 are not exempt even in a year taxed under the 2027 tables', () => {
    const late = value(computeTax(s, { taxYear: 2027, ...input, reimbursedAllowancePayments: [{ paidOn: '2028-01-01', amountMinor: yuan(180_000) }] }));
    expect(late).toMatchObject({ isAllowanceExemptionAvailable: false, allowanceTreatment: 'deductions' });
    expect(late.notices).toContain('tax.notice.exemptionUnavailable');
  });

  it('allowances paid by 2027-12-31 are exempt even in a year taxed under the 2028 tables', () => {
    const early = value(computeTax(s, { taxYear: 2028, ...input, reimbursedAllowancePayments: [{ paidOn: '2027-12-31', amountMinor: yuan(180_000) }] }));
    expect(early).toMatchObject({ isAllowanceExemptionAvailable: true, allowanceTreatment: 'exempt' });
    // Bonus undated, so paid in 2028: combined. 1,200,000 + 300,000 + 135,000 - 60,000 = 1,575,000 -> 708,750 - 181,920
    expect(early.taxMinor).toBe(yuan(526_830));
  });
});
