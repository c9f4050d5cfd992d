import { describe, expect, it } from 'vitest';
import {
  OFFER_TAX_MESSAGES,
  defaultTaxModel,
  defaultTaxSettings,
  isChinaCountry,
  offerIncomeByYear,
  offerTakeHome,
  offerMonthDate,
  offerYearMonths,
  offerYearPeriod,
  optionAvailability,
} from '../../../../shared/offer-tax';
import { offerBreakdown } from '../../../../shared/offers/breakdown';
import { TaxSettingsSchema } from '../../../../shared/tax';
import { USD_CNY, housing, offerA, offerB } from '../offers/fixtures';

const context = { horizonYears: 4, homeCurrency: 'USD' as const, rates: USD_CNY, costOfLiving: [] };

describe('offer year -> tax year (most months, later year on a tie)', () => {
  it('a March start: ten months in the first calendar year', () => {
    // The bonus of year k is paid at month 12k (issue 3's year rule), the day year k + 1 starts.
    expect(offerYearPeriod('2027-03-01', 1)).toEqual({ year: 1, firstMonth: '2027-03', lastMonth: '2028-02', taxYear: 2027, monthsInTaxYear: 10, annualBonusPaidOn: '2028-03-01' });
    expect(offerYearPeriod('2027-03-01', 4)).toEqual({ year: 4, firstMonth: '2030-03', lastMonth: '2031-02', taxYear: 2030, monthsInTaxYear: 10, annualBonusPaidOn: '2031-03-01' });
  });
  it('a January start is exactly the calendar year, its bonus paid in the next January', () => {
    expect(offerYearPeriod('2027-01-31', 1)).toMatchObject({ taxYear: 2027, monthsInTaxYear: 12, lastMonth: '2027-12', annualBonusPaidOn: '2028-01-31' });
  });
  it('payment days clamp to the month end', () => {
    expect(offerMonthDate('2027-01-31', 1)).toBe('2027-02-28');
    expect(offerYearMonths(2)).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
  });
  it('a July start splits six-six and takes the later year', () => {
    expect(offerYearPeriod('2027-07-01', 1)).toMatchObject({ taxYear: 2028, monthsInTaxYear: 6 });
  });
  it('a June start has seven months in the first year', () => {
    expect(offerYearPeriod('2027-06-15', 1)).toMatchObject({ taxYear: 2027, monthsInTaxYear: 7 });
  });
  it('a December start is taxed as the next year', () => {
    expect(offerYearPeriod('2027-12-01', 1)).toMatchObject({ firstMonth: '2027-12', lastMonth: '2028-11', taxYear: 2028, monthsInTaxYear: 11 });
  });
  it('refuses a bad start date', () => {
    expect(() => offerYearPeriod('2027-3-1', 1)).toThrow(RangeError);
  });
});

describe('offer components -> tax inputs', () => {
  it('offer A: sign-on is wages, bonus and equity apart, cash housing is wages', () => {
    const offer = offerA();
    const [y1, y2] = offerIncomeByYear(offer, offerBreakdown(offer, 2).years);
    expect(y1).toMatchObject({ wagesMinor: 90_000_000 + 30_000_000 + 18_000_000, annualBonusMinor: 13_500_000, equityVestedMinor: 30_000_000, reimbursedAllowancesMinor: 0 });
    expect(y2).toMatchObject({ wagesMinor: 90_000_000 + 18_000_000 });
  });

  it('reimbursed housing, education and relocation can be exempt; reimbursed transport and cash relocation are wages', () => {
    const offer = {
      ...offerA(),
      allowances: [
        housing(1_000_000, { id: 'h', isReimbursed: true }),
        housing(200_000, { id: 'e', kind: 'education' as const, period: 'month' as const, isReimbursed: true }),
        housing(50_000, { id: 't', kind: 'transport' as const, isReimbursed: true }),
        housing(30_000, { id: 'm', kind: 'meals' as const, isReimbursed: false }),
      ],
      relocation: { kind: 'reimbursement' as const, amountMinor: 5_000_000, month: 0, clawback: { kind: 'none' as const, untilMonth: 0 } },
      subsidies: [{ id: 's', name: 'Talent', kind: 'oneOff' as const, amountMinor: 10_000_000, month: 6, years: 1, conditions: '' }],
    };
    const rows = offerBreakdown(offer, 1).years;
    const [y1] = offerIncomeByYear(offer, rows);
    expect(y1?.reimbursedAllowancesMinor).toBe(12_000_000 + 2_400_000 + 5_000_000);
    expect(y1?.parts).toMatchObject({ allowancesReimbursedTaxed: 600_000, allowancesCash: 360_000, relocationReimbursed: 5_000_000, relocationCash: 0, subsidies: 10_000_000 });
    const row = rows[0]!;
    expect((y1?.wagesMinor ?? 0) + (y1?.annualBonusMinor ?? 0) + (y1?.equityVestedMinor ?? 0) + (y1?.reimbursedAllowancesMinor ?? 0)).toBe(row.total);
  });

  it('the base salary travels apart from the wages: the contribution base leaves out sign-on and subsidies', () => {
    const offer = { ...offerA(), subsidies: [{ id: 's', name: 'Talent', kind: 'oneOff' as const, amountMinor: 10_000_000, month: 6, years: 1, conditions: '' }] };
    const [y1, y2] = offerIncomeByYear(offer, offerBreakdown(offer, 2).years);
    expect(y1).toMatchObject({ wagesMinor: 90_000_000 + 30_000_000 + 18_000_000 + 10_000_000, baseSalaryMinor: 90_000_000 });
    expect(y2).toMatchObject({ wagesMinor: 90_000_000 + 18_000_000, baseSalaryMinor: 90_000_000 });
  });

  it('dates the bonus and the exempt-able reimbursements: monthly per month, yearly pro rata, relocation on its month', () => {
    const offer = {
      ...offerA(),
      startDate: '2027-09-15',
      allowances: [
        housing(1_000_000, { id: 'h', isReimbursed: true }),
        // 1,000.01 a year, reimbursed: spread by month, the fen remainders so that the twelve parts add up.
        housing(100_001, { id: 'l', kind: 'language' as const, period: 'year' as const, isReimbursed: true }),
      ],
      relocation: { kind: 'reimbursement' as const, amountMinor: 5_000_000, month: 2, clawback: { kind: 'none' as const, untilMonth: 0 } },
    };
    const [y1, y2] = offerIncomeByYear(offer, offerBreakdown(offer, 2).years);
    expect(y1?.annualBonusPaidOn).toBe('2028-09-15');
    const payments = y1?.reimbursedAllowancePayments ?? [];
    expect(payments.map((p) => p.paidOn)).toEqual([
      '2027-09-15', '2027-10-15', '2027-11-15', '2027-12-15', '2028-01-15', '2028-02-15',
      '2028-03-15', '2028-04-15', '2028-05-15', '2028-06-15', '2028-07-15', '2028-08-15',
    ]);
    // 2027-11-15 carries the relocation (month 2) too.
    expect(payments[2]?.amountMinor).toBe(1_000_000 + 8_333 + 5_000_000);
    expect(payments.reduce((sum, p) => sum + p.amountMinor, 0)).toBe(y1?.reimbursedAllowancesMinor);
    expect(y1?.reimbursedAllowancesMinor).toBe(12_000_000 + 100_001 + 5_000_000);
    expect(y2?.reimbursedAllowancePayments[0]).toEqual({ paidOn: '2028-09-15', amountMinor: 1_000_000 + 8_333 });
  });

  it('converted dated payments still add up to the converted total (a USD offer taxed in CNY)', () => {
    const offer = { ...offerA(), currency: 'USD' as const, allowances: [housing(333_333, { isReimbursed: true })] };
    const result = offerTakeHome(offer, TaxSettingsSchema.parse({ model: 'china-resident', isForeignNational: true }), context);
    const y1 = result.years[0]?.outcome;
    if (y1?.status !== 'taxed') throw new Error('year 1 not taxed');
    const payments = y1.input.reimbursedAllowancePayments ?? [];
    expect(payments).toHaveLength(12);
    // 3,333.33 USD x 12 = 39,999.96 USD = 283,999.716 CNY -> 283,999.72, whatever each month rounds to.
    expect(y1.input.reimbursedAllowancesMinor).toBe(28_399_972);
    expect(payments.reduce((sum, p) => sum + p.amountMinor, 0)).toBe(28_399_972);
  });

  it('a lump-sum relocation is wages', () => {
    const [y1] = offerIncomeByYear(offerB(), offerBreakdown(offerB(), 1).years);
    expect(y1).toMatchObject({ wagesMinor: 18_500_000 + 5_000_000 + 1_500_000, reimbursedAllowancesMinor: 0 });
  });
});

describe('default settings', () => {
  it('China -> resident; another country -> effective rate; none entered -> no tax', () => {
    expect(defaultTaxModel({ country: 'CN' })).toBe('china-resident');
    expect(defaultTaxModel({ country: ' china ' })).toBe('china-resident');
    expect(defaultTaxModel({ country: 'US' })).toBe('us');
    expect(defaultTaxModel({ country: 'HK' })).toBe('hong-kong');
    expect(defaultTaxModel({ country: 'SG' })).toBe('singapore');
    expect(defaultTaxModel({ country: 'DE' })).toBe('effective-rate');
    expect(defaultTaxModel({ country: '' })).toBe('none');
    expect(isChinaCountry('中国')).toBe(true);
  });
  it('foreign national from the profile citizenship; unknown is not assumed foreign', () => {
    expect(defaultTaxSettings({ country: 'CN' }, 'CA')).toMatchObject({ model: 'china-resident', isForeignNational: true });
    expect(defaultTaxSettings({ country: 'CN' }, 'CN').isForeignNational).toBe(false);
    expect(defaultTaxSettings({ country: 'CN' }, null).isForeignNational).toBe(false);
    expect(TaxSettingsSchema.safeParse(defaultTaxSettings({ country: 'US' }, 'CA')).success).toBe(true);
  });
});

describe('option availability follows the payments made by 2027-12-31', () => {
  it('a 2027-03 start (offer A): no bonus is paid by then, 10 allowance months of year 1 are', () => {
    const availability = optionAvailability('2027-03-01', 4);
    expect(availability).toMatchObject({ separateBonusYears: [], exemptionYears: [1], firstBonusPaidOn: '2028-03-01' });
    expect(availability.years.map((y) => [y.annualBonusPaidOn, y.isSeparateBonusAvailable, y.exemptionMonths])).toEqual([
      ['2028-03-01', false, 10],
      ['2029-03-01', false, 0],
      ['2030-03-01', false, 0],
      ['2031-03-01', false, 0],
    ]);
  });
  it('a July 2027 start (year 1 taxed as 2028) still has six exempt allowance months', () => {
    expect(optionAvailability('2027-07-01', 4)).toMatchObject({ separateBonusYears: [], exemptionYears: [1] });
    expect(optionAvailability('2027-07-01', 4).years[0]?.exemptionMonths).toBe(6);
  });
  it('a 2026 start: year 1’s bonus is paid 2027-01-01 (separate allowed), year 2’s on 2028-01-01 (not)', () => {
    expect(optionAvailability('2026-01-01', 4)).toMatchObject({ separateBonusYears: [1], exemptionYears: [1, 2] });
  });
  it('a bonus paid on 2027-12-31 itself still counts', () => {
    expect(optionAvailability('2026-12-31', 2)).toMatchObject({ separateBonusYears: [1], exemptionYears: [1, 2] });
  });
  it('a 2028 start has neither', () => {
    expect(optionAvailability('2028-01-01', 4)).toMatchObject({ separateBonusYears: [], exemptionYears: [] });
  });
});

describe('offers the engine cannot tax in some year', () => {
  it('no tax settings: compared before tax, gross still known, no horizon', () => {
    const result = offerTakeHome(offerA(), null, context);
    expect(result.years.every((y) => y.outcome.status === 'before-tax')).toBe(true);
    expect(result.years[0]?.grossMinor).toBe(181_500_000);
    expect(result.horizon).toEqual({ ok: false, untaxedYears: [1, 2, 3, 4] });
  });

  it('years without a published rule say so when assumed rules are refused, and there is no horizon total', () => {
    const settings = TaxSettingsSchema.parse({ model: 'china-resident', allowAssumedRules: false });
    const result = offerTakeHome(offerA(), settings, context);
    expect(result.years.map((y) => y.outcome.status)).toEqual(['taxed', 'no-rule', 'no-rule', 'no-rule']);
    expect(result.years[1]?.outcome).toEqual({ status: 'no-rule', taxYear: 2028 });
    expect(result.horizon).toEqual({ ok: false, untaxedYears: [2, 3, 4] });
  });

  it('a China model on a USD offer taxes in CNY through the rate table and reports a missing rate', () => {
    const settings = TaxSettingsSchema.parse({ model: 'china-resident' });
    const usdOffer = { ...offerA(), currency: 'USD' as const, base: { ...offerA().base, amountMinor: 10_000_000 }, signOn: { ...offerA().signOn, installments: [] }, equity: [], allowances: [] };
    const withRate = offerTakeHome(usdOffer, settings, context);
    const y1 = withRate.years[0]?.outcome;
    expect(y1?.status).toBe('taxed');
    if (y1?.status === 'taxed') {
      expect(y1.taxCurrency).toBe('CNY');
      // 100,000 USD = 710,000 CNY wages; bonus 15,000 USD = 106,500 CNY, paid 2028-03-01, so combined.
      // Taxable 710,000 + 106,500 - 60,000 = 756,500 -> 35%: 264,775 - 85,920 = 178,855 CNY
      // = 25,190.85 USD.
      expect(y1.input).toMatchObject({ wagesMinor: 71_000_000, baseSalaryMinor: 71_000_000, annualBonusMinor: 10_650_000 });
      expect(y1.computation.taxMinor).toBe(17_885_500);
      expect(y1.figures.taxMinor).toBe(2_519_085);
      expect(y1.figures.takeHomeMinor).toBe(11_500_000 - 2_519_085);
    }
    const noRate = offerTakeHome(usdOffer, settings, { ...context, rates: [] });
    expect(noRate.years[0]?.outcome).toEqual({ status: 'missing-rate', missing: { from: 'USD', to: 'CNY' } });
  });

  it('a missing home-currency rate is reported next to the offer-currency figures, never as zero', () => {
    const result = offerTakeHome(offerA(), TaxSettingsSchema.parse({ model: 'china-resident' }), { ...context, homeCurrency: 'EUR', rates: [] });
    const y1 = result.years[0]?.outcome;
    expect(y1?.status === 'taxed' && y1.home).toEqual({ ok: false, missing: { from: 'CNY', to: 'EUR' } });
    expect(result.horizon.ok && result.horizon.home).toEqual({ ok: false, missing: { from: 'CNY', to: 'EUR' } });
  });

  it('an effective rate taxes the whole gross in the offer currency', () => {
    const result = offerTakeHome(offerB(), TaxSettingsSchema.parse({ model: 'effective-rate', effectiveRateBp: 3_000 }), context);
    const y1 = result.years[0]?.outcome;
    expect(y1?.status === 'taxed' && y1.figures).toMatchObject({ grossMinor: 36_850_000, taxMinor: 11_055_000, takeHomeMinor: 25_795_000 });
  });
});

describe('messages', () => {
  it('en and zh-CN have the same keys and the same placeholders', () => {
    expect(Object.keys(OFFER_TAX_MESSAGES['zh-CN']).sort()).toEqual(Object.keys(OFFER_TAX_MESSAGES.en).sort());
    for (const [key, text] of Object.entries(OFFER_TAX_MESSAGES.en)) {
      const names = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
      expect(names(OFFER_TAX_MESSAGES['zh-CN'][key as keyof typeof OFFER_TAX_MESSAGES.en]), key).toEqual(names(text));
    }
  });
});
