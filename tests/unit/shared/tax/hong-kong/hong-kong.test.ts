import { describe, expect, it } from 'vitest';
import { computeTax, type TaxResult } from '../../../../../shared/tax';
import { settings, yearInput } from '../helpers';

const hkd = (amount: number) => Math.round(amount * 100);
function value(result: TaxResult) {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('reference example (e): Hong Kong YA2025/26, income 1,500,000, single, maximum MPF', () => {
  it('the lower of progressive 211,500 and standard 222,300, less the 3,000 reduction: 208,500', () => {
    const r = value(computeTax(settings({ model: 'hong-kong' }), yearInput({ taxYear: 2025, wagesMinor: hkd(1_500_000) })));
    // MPF 1,500 x 12 = 18,000 (deduction cap 18,000); net income 1,482,000; standard 15% = 222,300;
    // NCI 1,482,000 - 132,000 = 1,350,000; progressive 16,000 + 17% x 1,150,000 (195,500) = 211,500.
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.hk.standard')?.values.taxMinor).toBe(hkd(222_300));
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.hk.progressive')?.values).toMatchObject({ chargeableMinor: hkd(1_350_000), taxMinor: hkd(211_500) });
    expect(r).toMatchObject({ taxMinor: hkd(208_500), contributionsMinor: hkd(18_000), takeHomeMinor: hkd(1_500_000 - 208_500 - 18_000), marginalRateBp: 1_700 });
    expect(r.notices).toContain('tax.notice.hk.reductionProposed');
  });

  it('at very high income the standard rate is lower (15% on net income)', () => {
    const r = value(computeTax(settings({ model: 'hong-kong' }), yearInput({ taxYear: 2025, wagesMinor: hkd(10_000_000) })));
    // Net 9,982,000: 15% x 5,000,000 + 16% x 4,982,000 = 750,000 + 797,120 = 1,547,120; less 3,000.
    expect(r.taxMinor).toBe(hkd(1_547_120 - 3_000));
  });

  it('housing the employer provides is taxed at 10% rental value, a cash allowance in full', () => {
    const base = { taxYear: 2026, wagesMinor: hkd(1_200_000), reimbursedAllowancesMinor: hkd(360_000) };
    const provided = value(computeTax(settings({ model: 'hong-kong', hongKong: { housing: 'flat' } }), yearInput(base)));
    // RV 10% x 1,200,000 = 120,000; assessable 1,320,000; net 1,302,000; NCI 1,302,000 - 145,000 (2026/27) =
    // 1,157,000 -> 16,000 + 17% x 957,000 = 178,690; standard 195,300; no reduction known for 2026/27.
    expect(provided.taxMinor).toBe(hkd(178_690));
    const cash = value(computeTax(settings({ model: 'hong-kong' }), yearInput(base)));
    // All 1,560,000 taxed: net 1,542,000; NCI 1,397,000 -> 16,000 + 17% x 1,197,000 = 219,490; standard 231,300.
    expect(cash.taxMinor).toBe(hkd(219_490));
    expect(provided.takeHomeMinor - cash.takeHomeMinor).toBe(hkd(219_490 - 178_690));
  });

  it('married person’s allowance replaces the basic one', () => {
    const r = value(computeTax(settings({ model: 'hong-kong', hongKong: { isMarried: true, hasMpf: false } }), yearInput({ taxYear: 2024, wagesMinor: hkd(600_000) })));
    // 2024/25: NCI 600,000 - 264,000 = 336,000 -> 16,000 + 17% x 136,000 = 39,120; reduction 1,500.
    expect(r.taxMinor).toBe(hkd(39_120 - 1_500));
  });
});
