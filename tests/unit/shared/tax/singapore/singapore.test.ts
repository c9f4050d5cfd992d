import { describe, expect, it } from 'vitest';
import { computeTax, type TaxResult } from '../../../../../shared/tax';
import { taxOnSchedule } from '../../../../../shared/tax/marginal-table';
import { findSingaporeRules } from '../../../../../shared/tax/singapore/singapore-rules';
import { settings, yearInput } from '../helpers';

const sgd = (amount: number) => Math.round(amount * 100);
function value(result: TaxResult) {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('reference example (f): Singapore resident, YA2026 (income 2025), SGD 300,000', () => {
  it('chargeable 300,000 with no reliefs: 36,550 + 20% x 20,000 = 40,550', () => {
    expect(taxOnSchedule(findSingaporeRules(2025)!.resident, sgd(300_000)).taxMinor).toBe(sgd(40_550));
  });

  it('with the automatic 1,000 earned income relief: 299,000 -> 40,350; no YA2026 rebate', () => {
    const r = value(computeTax(settings({ model: 'singapore' }), yearInput({ taxYear: 2025, wagesMinor: sgd(300_000) })));
    expect(r).toMatchObject({ taxMinor: sgd(40_350), taxableIncomeMinor: sgd(299_000), contributionsMinor: 0, marginalRateBp: 2_000 });
    expect(r.notices).toContain('tax.notice.sg.noRebateFound');
    expect(r.notices).toContain('tax.notice.sg.residentAssumed');
  });

  it('non-resident: the higher of 15% x 300,000 = 45,000 and 40,550', () => {
    const r = value(computeTax(settings({ model: 'singapore', singapore: { residency: 'non-resident' } }), yearInput({ taxYear: 2025, wagesMinor: sgd(300_000) })));
    expect(r.taxMinor).toBe(sgd(45_000));
  });

  it('the 183-day test: 182 days is non-resident, 183 resident', () => {
    const at = (days: number) => value(computeTax(settings({ model: 'singapore', singapore: { daysInSingapore: days } }), yearInput({ taxYear: 2025, wagesMinor: sgd(300_000) }))).taxMinor;
    expect(at(182)).toBe(sgd(45_000));
    expect(at(183)).toBe(sgd(40_350));
  });

  it('YA2025 applies the 60% rebate capped at 200; reliefs are capped at 80,000', () => {
    const r = value(computeTax(settings({ model: 'singapore', singapore: { otherReliefsMinor: sgd(80_000) } }), yearInput({ taxYear: 2024, wagesMinor: sgd(200_000) })));
    // Reliefs 81,000 capped at 80,000: chargeable 120,000 -> 7,950; rebate min(60% x 7,950, 200) = 200.
    expect(r.taxMinor).toBe(sgd(7_750));
  });
});
