import { describe, expect, it } from 'vitest';
import { offerTakeHome, taxOptionSummaries, type OfferTakeHome } from '../../../../shared/offer-tax';
import { TaxSettingsSchema } from '../../../../shared/tax';
import { USD_CNY, housing, offerA } from '../offers/fixtures';

/**
 * Offer A of issue 3 (Shanghai, CNY, start 2027-03-01, base 900,000, bonus 15%, sign-on 300,000 at start,
 * RSUs 1,200,000 25/25/25/25 with a 12-month cliff, housing 15,000 a month) as a foreign national and China
 * tax resident, housing paid by reimbursement, no social insurance or special deductions entered.
 *
 * Hand calculation from the tables in shared/reference/china-relocation-facts.md section 6:
 *
 * Year 1 (2027-03..2028-02, ten months in 2027, so the 2027 rules: separate bonus and exemption available)
 *   wages = base 900,000 + sign-on 300,000 = 1,200,000; bonus 135,000 (15% of 900,000);
 *   equity 300,000 (the cliff vest at month 12 belongs to year 1); reimbursed housing 180,000.
 *   Best option: bonus separate, housing exempt.
 *     comprehensive income = 1,200,000 + 300,000 = 1,500,000; taxable = 1,500,000 - 60,000 = 1,440,000
 *     > 960,000, so 45% - 181,920: 1,440,000 x 45% = 648,000 - 181,920 = 466,080
 *     bonus: 135,000 / 12 = 11,250 -> monthly bracket 10%, quick deduction 210: 13,500 - 210 = 13,290
 *     tax = 466,080 + 13,290 = 479,370
 *   (Combined + exempt: taxable 1,575,000 -> 708,750 - 181,920 = 526,830. Separate + special deductions
 *   (housing taxed, no deductions to gain): taxable 1,620,000 -> 729,000 - 181,920 = 547,080 + 13,290.)
 *   take-home = 1,815,000 - 479,370 = 1,335,630
 *
 * Years 2-4 (taxed under 2028, 2029, 2030: assumed-unchanged tables; both reliefs ended 2027-12-31)
 *   income = 900,000 + 135,000 (bonus combined) + 300,000 + 180,000 (housing taxed) = 1,515,000
 *   taxable = 1,515,000 - 60,000 = 1,455,000 -> 1,455,000 x 45% = 654,750 - 181,920 = 472,830
 *   take-home = 1,515,000 - 472,830 = 1,042,170
 *
 * Horizon: gross 6,360,000; tax 479,370 + 3 x 472,830 = 1,897,860; take-home 4,462,140 CNY
 *   = 4,462,140 / 7.10 = 628,470.4225... -> 628,470.42 USD (converted once, like the gross total).
 * Year 1 in USD: 1,335,630 / 7.10 = 188,116.901... -> 188,116.90; years 2-4: 1,042,170 / 7.10 =
 *   146,784.507... -> 146,784.51.
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

  it('taxes year 1 under 2027 and years 2-4 under 2028-2030', () => {
    expect(result.years.map((y) => y.period.taxYear)).toEqual([2027, 2028, 2029, 2030]);
  });

  it('year 1: bonus separate and housing exempt, tax 479,370, take-home 1,335,630 CNY', () => {
    const y1 = taxed(result, 1);
    expect(y1.input).toEqual({
      taxYear: 2027,
      wagesMinor: 120_000_000,
      annualBonusMinor: 13_500_000,
      equityVestedMinor: 30_000_000,
      reimbursedAllowancesMinor: 18_000_000,
      monthsEmployed: 12,
    });
    expect(y1.computation.bonusTreatment).toBe('separate');
    expect(y1.computation.allowanceTreatment).toBe('exempt');
    expect(y1.computation.taxableIncomeMinor).toBe(144_000_000);
    expect(y1.figures).toEqual({
      grossMinor: 181_500_000,
      taxMinor: 47_937_000,
      contributionsMinor: 0,
      takeHomeMinor: 133_563_000,
      leftAfterLivingCostsMinor: null,
    });
    expect(y1.home).toEqual({ ok: true, figures: expect.objectContaining({ takeHomeMinor: 18_811_690 }) });
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

  it('horizon: gross 6,360,000, tax 1,897,860, take-home 4,462,140 CNY = 628,470.42 USD', () => {
    expect(result.horizon).toEqual({
      ok: true,
      figures: { grossMinor: 636_000_000, taxMinor: 189_786_000, contributionsMinor: 0, takeHomeMinor: 446_214_000, leftAfterLivingCostsMinor: null },
      home: {
        ok: true,
        figures: { grossMinor: 89_577_465, taxMinor: 26_730_423, contributionsMinor: 0, takeHomeMinor: 62_847_042, leftAfterLivingCostsMinor: null },
      },
    });
    expect(result.notices).toContain('tax.simplification.equityAsWages');
  });

  it('suggests the separate bonus (saves 47,460) and the exemption in year 1 only', () => {
    const [y1, ...later] = taxOptionSummaries(result);
    // Separate: 479,370; combined (housing still exempt): 526,830; difference 47,460.
    expect(y1?.bonus).toEqual({ chosen: 'separate', suggested: 'separate', taxByOption: { separate: 47_937_000, combined: 52_683_000 }, savingMinor: 4_746_000 });
    // Exempt 479,370 vs deductions (housing taxed, no deductions to claim) 560,370.
    expect(y1?.allowances).toMatchObject({ suggested: 'exempt', taxByOption: { exempt: 47_937_000, deductions: 56_037_000 } });
    for (const y of later) expect(y).toMatchObject({ bonus: null, allowances: null });
  });

  it('left after living costs comes out of take-home: 10,000 rent and 8,000 other a month in Shanghai', () => {
    const withCosts = offerTakeHome(offerAReimbursed(), foreignResident, {
      ...context,
      costOfLiving: [{ id: 'sh', city: 'shanghai', currency: 'CNY', monthlyRentMinor: 1_000_000, otherMonthlyMinor: 800_000 }],
    });
    // Year 1: the reimbursed housing (180,000) is only worth the rent (120,000): 60,000 is never paid.
    // Left = 1,335,630 - 60,000 unused - 120,000 rent - 96,000 other = 1,059,630.
    expect(taxed(withCosts, 1).figures.leftAfterLivingCostsMinor).toBe(105_963_000);
    // Years 2-4: 1,042,170 - 60,000 - 120,000 - 96,000 = 766,170.
    expect(taxed(withCosts, 2).figures.leftAfterLivingCostsMinor).toBe(76_617_000);
    expect(withCosts.horizon.ok && withCosts.horizon.figures.leftAfterLivingCostsMinor).toBe(105_963_000 + 3 * 76_617_000);
  });

  it('without the foreign-national flag the housing is taxed in year 1 too', () => {
    const national = offerTakeHome(offerAReimbursed(), TaxSettingsSchema.parse({ model: 'china-resident' }), context);
    // Separate bonus: taxable 1,200,000 + 300,000 + 180,000 - 60,000 = 1,620,000 -> 547,080 + 13,290 = 560,370.
    expect(taxed(national, 1).figures.taxMinor).toBe(56_037_000);
  });
});
