import { describe, expect, it } from 'vitest';
import { EQUITY_AS_WAGES_KEY, computeTax, type TaxResult } from '../../../../shared/tax';
import { settings, yearInput, yuan } from './helpers';

function value(result: TaxResult) {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const resident = settings({ model: 'china-resident' });
// 1,000,000 of wages, only the 60,000 basic deduction: taxable 940,000 -> 940,000 x 35% - 85,920 = 243,080.
const base = { taxYear: 2026, wagesMinor: yuan(1_000_000), equityVestedMinor: yuan(750_000) };

describe('China: equity of a listed company taxed separately (Announcement 2023 No. 25)', () => {
  it('750,000 confirmed as a qualifying plan: 750,000 x 35% - 85,920 = 176,580 on its own', () => {
    const r = value(computeTax(resident, yearInput({ ...base, equitySeparateMinor: yuan(750_000) })));
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.equitySeparate')?.values).toEqual({
      amountMinor: yuan(750_000),
      bracket: 6,
      rateBp: 3_500,
      quickDeductionMinor: yuan(85_920),
      taxMinor: yuan(176_580),
    });
    expect(r.taxMinor).toBe(yuan(243_080 + 176_580));
    expect(r.notices).toContain('tax.notice.equitySeparateConfirmed');
    expect(r.notices).not.toContain(EQUITY_AS_WAGES_KEY);
  });

  it('not confirmed, it stays wages: taxable 1,690,000 x 45% - 181,920 = 578,580, i.e. 335,500 more; both ways shown', () => {
    const r = value(computeTax(resident, yearInput(base)));
    expect(r.taxMinor).toBe(yuan(578_580));
    expect(r.taxMinor - yuan(243_080)).toBe(yuan(335_500));
    expect(r.notices).toContain(EQUITY_AS_WAGES_KEY);
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.equityChoice')?.values).toEqual({
      equityMinor: yuan(750_000),
      asWagesTaxMinor: yuan(578_580),
      separateTaxMinor: yuan(419_660),
      savingMinor: yuan(158_920),
      chosenTaxMinor: yuan(578_580),
      isWindowOpen: true,
    });
  });

  it('vests after 2027-12-31 go back to wages, by vest date', () => {
    const r = value(
      computeTax(
        resident,
        yearInput({
          ...base,
          taxYear: 2027,
          equitySeparateMinor: yuan(750_000),
          equitySeparatePayments: [
            { paidOn: '2027-09-01', amountMinor: yuan(375_000) },
            { paidOn: '2028-03-01', amountMinor: yuan(375_000) },
          ],
        }),
      ),
    );
    // Separately 375,000 x 25% - 31,920 = 61,830; wages 1,375,000 - 60,000 = 1,315,000 x 45% - 181,920 = 409,830.
    expect(r.taxMinor).toBe(yuan(61_830 + 409_830));
    expect(r.notices).toContain('tax.notice.equitySeparateEnded');
    const later = value(computeTax(resident, yearInput({ ...base, taxYear: 2028, equitySeparateMinor: yuan(750_000) })));
    expect(later.taxMinor).toBe(yuan(578_580));
  });

  it('both ways only for what vests by 2027-12-31: a vest on 2028-03-01 shows no saving that the law no longer offers', () => {
    const late = [{ paidOn: '2028-03-01', amountMinor: yuan(750_000) }];
    const r = value(computeTax(resident, yearInput({ ...base, taxYear: 2027, equityVestPayments: late })));
    // All wages: 1,690,000 x 45% - 181,920 = 578,580, as before; no separate figure.
    expect(r.taxMinor).toBe(yuan(578_580));
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.equityChoice')).toBeUndefined();
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.equityChoiceClosed')?.values).toEqual({
      equityMinor: yuan(750_000),
      endsOn: '2027-12-31',
      chosenTaxMinor: yuan(578_580),
    });
  });

  it('half vesting by 2027-12-31: separately 61,830 + wages 409,830 = 471,660 against 578,580 (106,920 less)', () => {
    const vests = [
      { paidOn: '2027-09-01', amountMinor: yuan(375_000) },
      { paidOn: '2028-03-01', amountMinor: yuan(375_000) },
    ];
    const r = value(computeTax(resident, yearInput({ ...base, taxYear: 2027, equityVestPayments: vests })));
    // 375,000 x 25% - 31,920 = 61,830 on its own; wages 1,375,000 - 60,000 = 1,315,000 x 45% - 181,920 = 409,830.
    expect(r.explanation.find((s) => s.labelKey === 'tax.explain.equityChoicePartial')?.values).toEqual({
      equityMinor: yuan(750_000),
      asWagesTaxMinor: yuan(578_580),
      separateTaxMinor: yuan(471_660),
      savingMinor: yuan(106_920),
      chosenTaxMinor: yuan(578_580),
      qualifyingMinor: yuan(375_000),
      lateMinor: yuan(375_000),
      endsOn: '2027-12-31',
    });
  });

  it('refuses dated vests that do not add up to the equity', () => {
    const vests = [{ paidOn: '2027-09-01', amountMinor: yuan(700_000) }];
    expect(computeTax(resident, yearInput({ ...base, taxYear: 2027, equityVestPayments: vests }))).toMatchObject({ ok: false, error: { field: 'equityVestPayments' } });
  });

  it('an unlisted company’s filed deferral plan: 20% on sale, estimated at the vest value', () => {
    const r = value(computeTax(resident, yearInput({ ...base, equityDeferredMinor: yuan(750_000) })));
    expect(r.taxMinor).toBe(yuan(243_080 + 150_000));
    expect(r.notices).toContain('tax.notice.equityDeferred');
  });

  it('refuses a split larger than the equity', () => {
    expect(computeTax(resident, yearInput({ ...base, equitySeparateMinor: yuan(800_000) }))).toMatchObject({ ok: false, error: { field: 'equitySeparateMinor' } });
  });
});
