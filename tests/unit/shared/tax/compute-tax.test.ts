import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHINA_ANNUAL_TABLE, EFFECTIVE_RATE_KEY, computeTax, computeTaxForYears, type TaxSettingsInput } from '../../../../shared/tax';
import { settings, yearInput, yuan } from './helpers';

describe('effective rate and none', () => {
  it('applies the entered percentage to all gross income, rounded once', () => {
    const s = settings({ model: 'effective-rate', effectiveRateBp: 3_150 });
    const r = computeTax(s, yearInput({ taxYear: 2040, wagesMinor: yuan(185_000), annualBonusMinor: yuan(18_500), equityVestedMinor: 3 }));
    // (203,500.03) x 31.5% = 64,102.50945 -> 64,102.51; no published rule needed, any year works
    expect(r.ok && r.value).toMatchObject({ taxMinor: yuan(64_102.51), takeHomeMinor: yuan(203_500.03) - yuan(64_102.51), ruleBasis: 'person-entered', marginalRateBp: 3_150 });
    expect(r.ok && r.value.notices).toEqual([EFFECTIVE_RATE_KEY]);
  });

  it('none: tax zero, take-home = gross', () => {
    const r = computeTax(settings({ model: 'none' }), yearInput({ taxYear: 1990, wagesMinor: yuan(100), reimbursedAllowancesMinor: yuan(50) }));
    expect(r.ok && r.value).toMatchObject({ taxMinor: 0, grossMinor: yuan(150), takeHomeMinor: yuan(150), ruleBasis: 'no-tax' });
  });
});

describe('years without a rule and bad input', () => {
  it('answers "no rule for year X" for China outside the known years', () => {
    for (const model of ['china-resident', 'china-nonresident'] as const) {
      expect(computeTax(settings({ model }), yearInput({ taxYear: 2022, wagesMinor: yuan(1) }))).toEqual({
        ok: false,
        error: { code: 'no-rule-for-year', taxYear: 2022, messageKey: 'tax.error.noRuleForYear' },
      });
      expect(computeTax(settings({ model }), yearInput({ taxYear: 2034 })).ok).toBe(false);
    }
  });

  it('refuses assumed years when the person turned assumptions off', () => {
    const s = settings({ model: 'china-resident', allowAssumedRules: false });
    expect(computeTax(s, yearInput({ taxYear: 2028 }))).toMatchObject({ ok: false, error: { code: 'no-rule-for-year', taxYear: 2028 } });
    expect(computeTax(s, yearInput({ taxYear: 2027 })).ok).toBe(true);
  });

  it('returns an error value, never throws, for figures that are not whole non-negative minor units', () => {
    const s = settings({ model: 'china-resident' });
    expect(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: -1 }))).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'wagesMinor' } });
    expect(computeTax(s, yearInput({ taxYear: 2026, annualBonusMinor: 1.5 }))).toMatchObject({ ok: false, error: { field: 'annualBonusMinor' } });
    expect(computeTax(s, yearInput({ taxYear: 2026, equityVestedMinor: Number.NaN }))).toMatchObject({ ok: false, error: { field: 'equityVestedMinor' } });
    expect(computeTax(s, yearInput({ taxYear: 2026, monthsEmployed: 13 }))).toMatchObject({ ok: false, error: { field: 'monthsEmployed' } });
    expect(computeTax(s, yearInput({ taxYear: 2026.5 }))).toMatchObject({ ok: false, error: { field: 'taxYear' } });
  });

  it('refuses a base salary above the wages it is part of, and dates or payments that do not fit', () => {
    const s = settings({ model: 'china-resident' });
    expect(computeTax(s, yearInput({ taxYear: 2026, wagesMinor: yuan(100), baseSalaryMinor: yuan(101) }))).toMatchObject({ ok: false, error: { field: 'baseSalaryMinor' } });
    expect(computeTax(s, { ...yearInput({ taxYear: 2026 }), baseSalaryMinor: undefined as unknown as number })).toMatchObject({ ok: false, error: { field: 'baseSalaryMinor' } });
    expect(computeTax(s, yearInput({ taxYear: 2026, annualBonusPaidOn: '2027-02-30' }))).toMatchObject({ ok: false, error: { field: 'annualBonusPaidOn' } });
    // The dated payments split the total: a list that does not add up to it would exempt the wrong amount.
    const payments = [{ paidOn: '2027-12-01', amountMinor: yuan(10) }];
    expect(computeTax(s, yearInput({ taxYear: 2027, reimbursedAllowancesMinor: yuan(11), reimbursedAllowancePayments: payments }))).toMatchObject({
      ok: false,
      error: { field: 'reimbursedAllowancePayments' },
    });
    expect(computeTax(s, yearInput({ taxYear: 2027, reimbursedAllowancesMinor: yuan(10), reimbursedAllowancePayments: payments })).ok).toBe(true);
  });

  it('computes each year of a horizon on its own', () => {
    const s = settings({ model: 'china-resident' });
    const results = computeTaxForYears(s, [2027, 2028, 2034].map((taxYear) => yearInput({ taxYear, wagesMinor: yuan(240_000) })));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
  });
});

describe('properties over random incomes and settings', () => {
  const amount = fc.integer({ min: 0, max: 5_000_000_000 }); // up to 50 million yuan
  const contribution = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({
      kind: fc.constant('percent-of-base' as const),
      rateBp: fc.integer({ min: 0, max: 2_000 }),
      monthlyBaseCapMinor: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: null }),
    }),
    fc.record({ kind: fc.constant('annual-amount' as const), annualMinor: fc.integer({ min: 0, max: 50_000_000 }) }),
  );
  const settingsArb = fc.record({
    model: fc.constantFrom('china-resident' as const, 'china-nonresident' as const, 'effective-rate' as const, 'none' as const),
    isForeignNational: fc.boolean(),
    socialInsurance: contribution,
    housingFund: contribution,
    bonusTreatment: fc.constantFrom('auto' as const, 'separate' as const, 'combined' as const),
    exemptionPreference: fc.constantFrom('auto' as const, 'exempt' as const, 'deductions' as const),
    effectiveRateBp: fc.integer({ min: 0, max: 10_000 }),
    deductions: fc.record({
      elderlyParents: fc.constantFrom({ kind: 'none' as const }, { kind: 'only-child' as const }),
      housing: fc.constantFrom({ kind: 'none' as const }, { kind: 'rent' as const, cityTier: 'tier-2' as const }),
      seriousIllnessOutOfPocketMinor: fc.integer({ min: 0, max: 20_000_000 }),
    }),
  }) satisfies fc.Arbitrary<TaxSettingsInput>;
  // A date from 2026 to 2029, so that payments land on both sides of 2027-12-31.
  const dateArb = fc
    .record({ year: fc.integer({ min: 2026, max: 2029 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const inputArb = fc
    .record({
      taxYear: fc.integer({ min: 2023, max: 2033 }),
      wagesMinor: amount,
      baseShareBp: fc.integer({ min: 0, max: 10_000 }),
      annualBonusMinor: amount,
      equityVestedMinor: amount,
      monthsEmployed: fc.integer({ min: 1, max: 12 }),
      annualBonusPaidOn: fc.option(dateArb, { nil: undefined }),
      payments: fc.option(fc.array(fc.record({ paidOn: dateArb, amountMinor: fc.integer({ min: 0, max: 500_000_000 }) }), { maxLength: 13 }), { nil: undefined }),
      undatedAllowancesMinor: amount,
    })
    .map(({ baseShareBp, payments, undatedAllowancesMinor, annualBonusPaidOn, ...rest }) => ({
      ...rest,
      baseSalaryMinor: Math.floor((rest.wagesMinor * baseShareBp) / 10_000),
      reimbursedAllowancesMinor: payments ? payments.reduce((sum, p) => sum + p.amountMinor, 0) : undatedAllowancesMinor,
      ...(payments ? { reimbursedAllowancePayments: payments } : {}),
      ...(annualBonusPaidOn ? { annualBonusPaidOn } : {}),
    }));
  const rates = new Set(CHINA_ANNUAL_TABLE.map((b) => b.rateBp));

  it('tax never negative, take-home never above gross, take-home = gross - tax - contributions', () => {
    fc.assert(
      fc.property(settingsArb, inputArb, (raw, input) => {
        const r = computeTax(settings(raw), input);
        if (!r.ok) return false;
        const v = r.value;
        return v.taxMinor >= 0 && v.takeHomeMinor <= v.grossMinor && v.takeHomeMinor === v.grossMinor - v.taxMinor - v.contributionsMinor;
      }),
      { numRuns: 300 },
    );
  });

  it('the marginal rate is a bracket rate for the China models, the entered rate otherwise', () => {
    fc.assert(
      fc.property(settingsArb, inputArb, (raw, input) => {
        const s = settings(raw);
        const r = computeTax(s, input);
        if (!r.ok) return false;
        if (s.model === 'effective-rate') return r.value.marginalRateBp === s.effectiveRateBp;
        if (s.model === 'none') return r.value.marginalRateBp === 0;
        return rates.has(r.value.marginalRateBp);
      }),
      { numRuns: 300 },
    );
  });

  it('the suggestion is the lowest tax of all options, and "auto" picks it', () => {
    fc.assert(
      fc.property(settingsArb, inputArb, (raw, input) => {
        const s = settings({ ...raw, model: 'china-resident', bonusTreatment: 'auto', exemptionPreference: 'auto' });
        const r = computeTax(s, input);
        if (!r.ok) return false;
        const lowest = Math.min(...r.value.options.map((o) => o.taxMinor));
        return r.value.taxMinor === lowest && r.value.options.every((o) => o.takeHomeMinor <= r.value.takeHomeMinor);
      }),
      { numRuns: 300 },
    );
  });

  it('after 2027 neither the separate bonus nor the exemption is ever offered', () => {
    fc.assert(
      fc.property(settingsArb, inputArb, (raw, input) => {
        // Undated payments fall inside the tax year, so nothing can be in the window (dated ones: next test).
        const { annualBonusPaidOn: _bonusDate, reimbursedAllowancePayments: _payments, ...undated } = input;
        const r = computeTax(settings({ ...raw, model: 'china-resident' }), { ...undated, taxYear: 2028 + (input.taxYear % 6) });
        if (!r.ok) return false;
        return r.value.options.every((o) => o.bonusTreatment === 'combined' && o.allowanceTreatment === 'deductions') && r.value.bonusTrap === null;
      }),
      { numRuns: 200 },
    );
  });

  it('a bonus paid after 2027-12-31 is never taxed separately, allowances paid after it are never exempt', () => {
    fc.assert(
      fc.property(settingsArb, inputArb, dateArb, (raw, input, paidOn) => {
        const dated = { ...input, annualBonusPaidOn: paidOn };
        const r = computeTax(settings({ ...raw, model: 'china-resident', isForeignNational: true }), dated);
        if (!r.ok) return false;
        const isLate = paidOn > '2027-12-31';
        if (isLate && r.value.options.some((o) => o.bonusTreatment === 'separate')) return false;
        const payments = input.reimbursedAllowancePayments;
        if (!payments || payments.every((p) => p.amountMinor === 0)) return true;
        // Taking the exemption can lower taxable income by at most the allowances paid by 2027-12-31.
        const inWindow = payments.filter((p) => p.paidOn <= '2027-12-31').reduce((sum, p) => sum + p.amountMinor, 0);
        const exempt = r.value.options.find((o) => o.allowanceTreatment === 'exempt' && o.bonusTreatment === 'combined');
        const taxed = r.value.options.find((o) => o.allowanceTreatment === 'deductions' && o.bonusTreatment === 'combined');
        if (inWindow === 0) return exempt === undefined;
        return !exempt || !taxed || taxed.taxMinor - exempt.taxMinor <= Math.ceil(inWindow * 0.45) + 1;
      }),
      { numRuns: 300 },
    );
  });

  it('resident tax is monotone in wages (no cliff outside the separate bonus)', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const s = settings({ model: 'china-resident' });
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const tax = (w: number): number => {
          const r = computeTax(s, yearInput({ taxYear: 2026, wagesMinor: w }));
          return r.ok ? r.value.taxMinor : -1;
        };
        return tax(lo) <= tax(hi);
      }),
    );
  });
});
