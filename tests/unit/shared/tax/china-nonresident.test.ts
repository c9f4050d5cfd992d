import { describe, expect, it } from 'vitest';
import { NON_RESIDENT_SPREAD_KEY, computeTax } from '../../../../shared/tax';
import { settings, yearInput, yuan } from './helpers';

describe('China non-resident: monthly table after 5,000', () => {
  const nonResident = settings({ model: 'china-nonresident' });

  it('taxes each month: 20,000 - 5,000 = 15,000 -> 20% - 1,410 = 1,590, twelve times', () => {
    const result = computeTax(nonResident, yearInput({ taxYear: 2026, wagesMinor: yuan(240_000) }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const r = result.value;
    expect(r).toMatchObject({ taxMinor: yuan(19_080), takeHomeMinor: yuan(220_920), marginalRateBp: 2_000, taxableIncomeMinor: null });
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.nonResidentMonth')?.values).toEqual({
      monthlyIncomeMinor: yuan(20_000),
      deductionMinor: yuan(5_000),
      taxableMinor: yuan(15_000),
      bracket: 3,
      rateBp: 2_000,
      quickDeductionMinor: yuan(1_410),
      monthlyTaxMinor: yuan(1_590),
      months: 12,
      taxMinor: yuan(19_080),
    });
    expect(r.notices).toContain(NON_RESIDENT_SPREAD_KEY);
  });

  it.each([
    [5_000, 0, 300],
    [8_000, 90, 300],
    [8_000.01, 90, 1_000], // 3,000.01 x 10% - 210 = 90.00
    [17_000, 990, 1_000],
    [17_000.01, 990, 2_000], // 12,000.01 x 20% - 1,410 = 990.00
    [85_000, 20_840, 3_500],
    [85_000.01, 20_840, 4_500], // 80,000.01 x 45% - 15,160 = 20,840.00
  ])('monthly edges: income %d -> %d tax at %d bp', (monthly, tax, rate) => {
    const result = computeTax(nonResident, yearInput({ taxYear: 2026, wagesMinor: yuan(monthly), monthsEmployed: 1 }));
    expect(result.ok && result.value.taxMinor).toBe(yuan(tax));
    expect(result.ok && result.value.marginalRateBp).toBe(rate);
  });

  it('spreads a year that does not divide evenly to the fen, and over the months worked only', () => {
    const result = computeTax(nonResident, yearInput({ taxYear: 2026, wagesMinor: yuan(30_000.01), monthsEmployed: 2 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // 15,000.01 and 15,000.00: each (x - 5,000) x 10% - 210 = 790.00
    expect(result.value.taxMinor).toBe(yuan(1_580));
    expect(result.value.explanation.filter((s) => s.labelKey === 'tax.explain.nonResidentMonth').map((s) => s.values.months)).toEqual([1, 1]);
  });

  it('exempts a foreign non-resident’s reimbursed allowances until 2027, then taxes them', () => {
    const foreign = settings({ model: 'china-nonresident', isForeignNational: true });
    const input = { wagesMinor: yuan(240_000), reimbursedAllowancesMinor: yuan(60_000) };
    const y2027 = computeTax(foreign, yearInput({ taxYear: 2027, ...input }));
    const y2028 = computeTax(foreign, yearInput({ taxYear: 2028, ...input }));
    expect(y2027.ok && y2027.value).toMatchObject({ taxMinor: yuan(19_080), allowanceTreatment: 'exempt', grossMinor: yuan(300_000) });
    // 25,000 - 5,000 = 20,000 -> 20% - 1,410 = 2,590 a month
    expect(y2028.ok && y2028.value).toMatchObject({ taxMinor: yuan(31_080), allowanceTreatment: 'taxed' });
  });

  it('exempts only the allowances paid by 2027-12-31 when the payments are dated', () => {
    const foreign = settings({ model: 'china-nonresident', isForeignNational: true });
    // 60,000 a year as 5,000 a month from 2027-07 to 2028-06: six months (30,000) exempt, six taxed.
    const payments = Array.from({ length: 12 }, (_, i) => ({ paidOn: `${i < 6 ? 2027 : 2028}-${String(((i + 6) % 12) + 1).padStart(2, '0')}-01`, amountMinor: yuan(5_000) }));
    const r = computeTax(foreign, yearInput({ taxYear: 2028, wagesMinor: yuan(240_000), reimbursedAllowancesMinor: yuan(60_000), reimbursedAllowancePayments: payments }));
    // Taxed 270,000 / 12 = 22,500 a month: 17,500 -> 20% - 1,410 = 2,090, x 12 = 25,080.
    expect(r.ok && r.value).toMatchObject({ taxMinor: yuan(25_080), allowanceTreatment: 'exempt' });
    expect(r.ok && r.value.notices).toContain('tax.notice.exemptionPartial');
    expect(r.ok && r.value.explanation.find((e) => e.labelKey === 'tax.explain.allowancesPartlyExempt')?.values).toMatchObject({ exemptMinor: yuan(30_000), taxedMinor: yuan(30_000) });
  });

  it('withholds contributions from take-home without deducting them from taxable income', () => {
    const s = settings({ model: 'china-nonresident', socialInsurance: { kind: 'annual-amount', annualMinor: yuan(12_000) } });
    const result = computeTax(s, yearInput({ taxYear: 2026, wagesMinor: yuan(240_000) }));
    expect(result.ok && result.value).toMatchObject({ taxMinor: yuan(19_080), contributionsMinor: yuan(12_000), takeHomeMinor: yuan(208_920) });
  });

  it('adds bonus and equity to the spread, with the equity notice', () => {
    const result = computeTax(nonResident, yearInput({ taxYear: 2026, wagesMinor: yuan(180_000), annualBonusMinor: yuan(36_000), equityVestedMinor: yuan(24_000) }));
    expect(result.ok && result.value.taxMinor).toBe(yuan(19_080));
    expect(result.ok && result.value.notices).toContain('tax.simplification.equityAsWages');
  });
});
