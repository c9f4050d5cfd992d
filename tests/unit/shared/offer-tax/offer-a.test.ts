import { describe, expect, it } from 'vitest';
import { offerTakeHome, taxOptionSummaries, type OfferTakeHome } from '../../../../shared/offer-tax';
import { TaxSettingsSchema } from '../../../../shared/tax';
import { USD_CNY, housing, offerA } from '../offers/fixtures';

/**
 * Offer A of issue 3 (Shanghai, CNY, start 2027-03-01, base 900,000, bonus 15%, sign-on 300,000 at start,
 * RSUs 1,200,000 25/25/25/25 with a 12-month cliff, housing 15,000 a month) as a foreign national and China
 * tax resident, housing paid by reimbursement, no social insurance or special deductions entered.
 *
 * Hand calculation from the tables in shared/reference/china-relocation-facts.md section 6. The brackets are
 * those of the calendar year holding most of the offer year's months; the two reliefs that end on
 * 2027-12-31 go by payment date (issue 6: after that date the separate bonus must not be offered):
 * - year k's annual bonus is paid at month 12k (issue 3's year rule), i.e. 2028-03-01, 2029-03-01, ...:
 *   every bonus of offer A is paid after 2027-12-31, so none may be taxed separately;
 * - housing is paid for each month the year covers; year 1 = 2027-03..2028-02 has 10 months in 2027
 *   (10 x 15,000 = 150,000 exempt-able) and 2 in 2028 (30,000 taxed whatever the choice).
 *
 * Year 1 (2027-03..2028-02, ten months in 2027, so the 2027 tables)
 *   wages = base 900,000 + sign-on 300,000 = 1,200,000; bonus 135,000 (15% of 900,000), paid 2028-03-01, so
 *   combined; equity 300,000 (the cliff vest at month 12 belongs to year 1); reimbursed housing 180,000.
 *   Best option: housing exempt for 2027-03..2027-12 (150,000), so no special deductions (none entered).
 *     comprehensive income = 1,200,000 + 135,000 + 300,000 + 30,000 (2028-01, 2028-02 housing) = 1,665,000
 *     taxable = 1,665,000 - 60,000 = 1,605,000 > 960,000, so 45% - 181,920:
 *     1,605,000 x 45% = 722,250 - 181,920 = 540,330
 *   (Special deductions instead: all 180,000 taxed, taxable 1,755,000 -> 789,750 - 181,920 = 607,830;
 *   the exemption saves 150,000 x 45% = 67,500.)
 *   take-home = 1,815,000 - 540,330 = 1,274,670
 *
 * Years 2-4 (taxed under 2028, 2029, 2030: assumed-unchanged tables; bonuses paid 2029-03-01 and later,
 * housing months 2028-03 onwards: both reliefs have ended)
 *   income = 900,000 + 135,000 (bonus combined) + 300,000 + 180,000 (housing taxed) = 1,515,000
 *   taxable = 1,515,000 - 60,000 = 1,455,000 -> 1,455,000 x 45% = 654,750 - 181,920 = 472,830
 *   take-home = 1,515,000 - 472,830 = 1,042,170
 *
 * Horizon: gross 6,360,000; tax 540,330 + 3 x 472,830 = 1,958,820; take-home 4,401,180 CNY
 *   = 4,401,180 / 7.10 = 619,884.507... -> 619,884.51 USD (converted once, like the gross total).
 * Year 1 in USD: 1,274,670 / 7.10 = 179,530.985... -> 179,530.99; years 2-4: 1,042,170 / 7.10 =
 *   146,784.507... -> 146,784.51.
 *
 * (Before this fix the app taxed year 1 as if every payment were in 2027: bonus separate (13,290) and all
 * 180,000 exempt, tax 479,370. The bonus is paid on 2028-03-01, so that option did not exist.)
 */
function offerAReimbursed() {
  const offer = offerA();
  return { ...offer, allowances: [housing(1_500_000, { isReimbursed: true })] };
}

const foreignResident = TaxSettingsSchema.parse({ model: 'china-resident', isForeignNational: true });
const context = { horizonYears: 4, homeCurrency: 'USD' as const, rates: USD_CNY, costOfLiving: [] };

function taxed(result: OfferTakeHome, year: number) {
  const outcome = result.years[year - 1]?.outcome;
  if (!outcome || outcome.status !== 'taxed') throw new Error(`year ${year} not taxed`);
  return outcome;
}

describe('offer A as a foreign China resident with housing reimbursed', () => {
  const result = offerTakeHome(offerAReimbursed(), foreignResident, context);

  it('taxes year 1 under the 2027 tables and years 2-4 under 2028-2030; bonuses are paid at month 12k', () => {
    expect(result.years.map((y) => y.period.taxYear)).toEqual([2027, 2028, 2029, 2030]);
    expect(result.years.map((y) => y.period.annualBonusPaidOn)).toEqual(['2028-03-01', '2029-03-01', '2030-03-01', '2031-03-01']);
  });

  it('year 1: bonus combined (paid 2028-03-01), 10 housing months exempt, tax 540,330, take-home 1,274,670 CNY', () => {
    const y1 = taxed(result, 1);
    const month = (m: string) => ({ paidOn: m, amountMinor: 1_500_000 });
    expect(y1.input).toEqual({
      taxYear: 2027,
      wagesMinor: 120_000_000,
      baseSalaryMinor: 90_000_000,
      annualBonusMinor: 13_500_000,
      annualBonusPaidOn: '2028-03-01',
      equityVestedMinor: 30_000_000,
      reimbursedAllowancesMinor: 18_000_000,
      reimbursedAllowancePayments: [
        ...['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((mm) => month(`2027-${mm}-01`)),
        month('2028-01-01'),
        month('2028-02-01'),
      ],
      monthsEmployed: 12,
      // The year's one vest (300,000 at the 12-month cliff) by date: after 2027-12-31, so never separate.
      equityVestPayments: [{ paidOn: '2028-03-01', amountMinor: 30_000_000 }],
    });
    expect(y1.computation.explanation.find((e) => e.labelKey === 'tax.explain.equityChoiceClosed')?.values).toMatchObject({ equityMinor: 30_000_000, endsOn: '2027-12-31' });
    expect(y1.computation.isSeparateBonusAvailable).toBe(false);
    expect(y1.computation.bonusTreatment).toBe('combined');
    expect(y1.computation.allowanceTreatment).toBe('exempt');
    expect(y1.computation.taxableIncomeMinor).toBe(160_500_000);
    expect(y1.computation.notices).toEqual(expect.arrayContaining(['tax.notice.separateBonusUnavailable', 'tax.notice.exemptionPartial']));
    expect(y1.computation.explanation.find((e) => e.labelKey === 'tax.explain.allowancesPartlyExempt')?.values).toEqual({
      amountMinor: 18_000_000,
      exemptMinor: 15_000_000,
      taxedMinor: 3_000_000,
      until: '2027-12-31',
    });
    expect(y1.figures).toEqual({
      grossMinor: 181_500_000,
      taxMinor: 54_033_000,
      contributionsMinor: 0,
      takeHomeMinor: 127_467_000,
      leftAfterLivingCostsMinor: null,
    });
    expect(y1.home).toEqual({ ok: true, figures: expect.objectContaining({ takeHomeMinor: 17_953_099 }) });
  });

  it('years 2-4: everything combined and housing taxed, tax 472,830, take-home 1,042,170 CNY', () => {
    for (const year of [2, 3, 4]) {
      const y = taxed(result, year);
      expect(y.computation.bonusTreatment).toBe('combined');
      expect(y.computation.allowanceTreatment).toBe('deductions');
      expect(y.computation.notices).toEqual(
        expect.arrayContaining(['tax.notice.assumedRules', 'tax.notice.separateBonusUnavailable', 'tax.notice.exemptionUnavailable']),
      );
      expect(y.figures.taxMinor).toBe(47_283_000);
      expect(y.figures.takeHomeMinor).toBe(104_217_000);
      expect(y.home).toEqual({ ok: true, figures: expect.objectContaining({ takeHomeMinor: 14_678_451 }) });
    }
  });

  it('horizon: gross 6,360,000, tax 1,958,820, take-home 4,401,180 CNY = 619,884.51 USD', () => {
    expect(result.horizon).toEqual({
      ok: true,
      figures: { grossMinor: 636_000_000, taxMinor: 195_882_000, contributionsMinor: 0, takeHomeMinor: 440_118_000, leftAfterLivingCostsMinor: null },
      home: {
        ok: true,
        // 6,360,000 / 7.10 = 895,774.65; 1,958,820 / 7.10 = 275,890.14; 4,401,180 / 7.10 = 619,884.51.
        figures: { grossMinor: 89_577_465, taxMinor: 27_589_014, contributionsMinor: 0, takeHomeMinor: 61_988_451, leftAfterLivingCostsMinor: null },
      },
    });
    expect(result.notices).toContain('tax.simplification.equityAsWages');
  });

  it('never offers the separate bonus; suggests the exemption in year 1 only (saves 67,500)', () => {
    const [y1, ...later] = taxOptionSummaries(result);
    expect(y1?.bonus).toBeNull();
    // Exempt 540,330 vs deductions (all housing taxed, no deductions to claim) 607,830.
    expect(y1?.allowances).toEqual({ chosen: 'exempt', suggested: 'exempt', taxByOption: { exempt: 54_033_000, deductions: 60_783_000 }, savingMinor: 6_750_000 });
    for (const y of later) expect(y).toMatchObject({ bonus: null, allowances: null });
  });

  it('a preference for the separate bonus is not honoured: the bonus is paid after 2027-12-31', () => {
    const wantsSeparate = offerTakeHome(offerAReimbursed(), { ...foreignResident, bonusTreatment: 'separate' }, context);
    const y1 = taxed(wantsSeparate, 1);
    expect(y1.computation.bonusTreatment).toBe('combined');
    expect(y1.computation.notices).toContain('tax.notice.preferenceUnavailable');
    expect(y1.figures.taxMinor).toBe(54_033_000);
  });

  it('left after living costs comes out of take-home: 10,000 rent and 8,000 other a month in Shanghai', () => {
    const withCosts = offerTakeHome(offerAReimbursed(), foreignResident, {
      ...context,
      costOfLiving: [{ id: 'sh', city: 'shanghai', currency: 'CNY', monthlyRentMinor: 1_000_000, otherMonthlyMinor: 800_000 }],
    });
    // Year 1: the reimbursed housing (180,000) is only worth the rent (120,000): 60,000 is never paid.
    // Left = 1,274,670 - 60,000 unused - 120,000 rent - 96,000 other = 998,670.
    expect(taxed(withCosts, 1).figures.leftAfterLivingCostsMinor).toBe(99_867_000);
    // Years 2-4: 1,042,170 - 60,000 - 120,000 - 96,000 = 766,170.
    expect(taxed(withCosts, 2).figures.leftAfterLivingCostsMinor).toBe(76_617_000);
    // 998,670 + 3 x 766,170 = 3,297,180.
    expect(withCosts.horizon.ok && withCosts.horizon.figures.leftAfterLivingCostsMinor).toBe(329_718_000);
  });

  it('without the foreign-national flag the housing is taxed in year 1 too', () => {
    const national = offerTakeHome(offerAReimbursed(), TaxSettingsSchema.parse({ model: 'china-resident' }), context);
    // Combined bonus, all housing taxed: 1,815,000 - 60,000 = 1,755,000 -> 789,750 - 181,920 = 607,830.
    expect(taxed(national, 1).figures.taxMinor).toBe(60_783_000);
  });

  it('social insurance on the default base: the 300,000 sign-on does not raise year 1 contributions', () => {
    const withSocial = offerTakeHome(
      offerAReimbursed(),
      TaxSettingsSchema.parse({ model: 'china-resident', isForeignNational: true, socialInsurance: { kind: 'percent-of-base', rateBp: 1_050 } }),
      context,
    );
    // Base 900,000 / 12 = 75,000 a month x 10.5% = 7,875, x 12 = 94,500 in every year, sign-on or not
    // (wages / 12 would have been 100,000 a month in year 1: 126,000).
    expect([1, 2, 3, 4].map((year) => taxed(withSocial, year).figures.contributionsMinor)).toEqual([9_450_000, 9_450_000, 9_450_000, 9_450_000]);
    // Year 1: taxable 1,605,000 - 94,500 = 1,510,500 -> 679,725 - 181,920 = 497,805.
    expect(taxed(withSocial, 1).figures.taxMinor).toBe(49_780_500);
  });
});
