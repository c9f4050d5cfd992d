import { describe, expect, it } from 'vitest';
import { comparisonAfterTax } from '../../../../shared/offer-tax';
import { comparisonCsv } from '../../../../shared/offers/comparison-csv';
import { compareOffers } from '../../../../shared/offers/compare-offers';
import { createDefaultComparisonSettings, type ComparisonSettings, type CostOfLiving } from '../../../../shared/offers/schema';
import { OFFER_MESSAGES } from '../../../../shared/offers/messages';
import { TaxSettingsSchema, type TaxSettings } from '../../../../shared/tax';
import { USD_CNY, housing, offerA, offerB } from '../offers/fixtures';

/** Offer A reimbursed, as a foreign China resident: year 1 tax 540,330 CNY, take-home 1,274,670 CNY (offer-a.test.ts). */
const a = { ...offerA(), allowances: [housing(1_500_000, { isReimbursed: true })] };
const b = offerB();
const foreignResident = TaxSettingsSchema.parse({ model: 'china-resident', isForeignNational: true });
const flat30 = TaxSettingsSchema.parse({ model: 'effective-rate', effectiveRateBp: 3_000 });

function settings(patch: Partial<ComparisonSettings> = {}): ComparisonSettings {
  return { ...createDefaultComparisonSettings(), horizonYears: 4, fx: { asOf: '2027-01-01', rates: [...USD_CNY] }, ...patch };
}

function compare(taxByOffer: Record<string, TaxSettings>, patch: Partial<ComparisonSettings> = {}) {
  const s = settings(patch);
  const afterTaxFor = comparisonAfterTax(taxByOffer, { horizonYears: s.horizonYears, homeCurrency: 'USD', rates: s.fx.rates, costOfLiving: s.costOfLiving });
  return compareOffers([a, b], s, 'USD', afterTaxFor);
}

const shanghai: CostOfLiving = { id: 'sh', city: 'Shanghai', currency: 'CNY', monthlyRentMinor: 2_000_000, otherMonthlyMinor: 1_000_000 };
const seattle: CostOfLiving = { id: 'se', city: 'Seattle', currency: 'USD', monthlyRentMinor: 300_000, otherMonthlyMinor: 200_000 };

describe('the side-by-side comparison after tax', () => {
  it('shows no tax rows when no offer has tax settings, and treats model "none" as no settings', () => {
    expect(compare({}).hasAfterTax).toBe(false);
    const none = compare({ [a.id]: TaxSettingsSchema.parse({ model: 'none' }) });
    expect(none.hasAfterTax).toBe(false);
    expect(none.entries[0]?.leftBasis).toBe('gross');
  });

  it('gives tax (with contributions) and take-home of year 1 in the home currency', () => {
    const result = compare({ [a.id]: foreignResident });
    const entry = result.entries[0]!;
    expect(result.hasAfterTax).toBe(true);
    expect(entry.shownAfterTax).toEqual({ taxMinor: 7_610_282, takeHomeMinor: 17_953_099, leftMinor: null }); // 540,330 and 1,274,670 CNY / 7.10
    expect(result.entries[1]?.afterTax).toBeNull();
    expect(result.best.takeHome).toEqual([]); // only one offer has a take-home: nothing to mark
    expect(result.best.tax).toEqual([]);
  });

  it('averages over the horizon in the average view', () => {
    const entry = compare({ [a.id]: foreignResident }, { view: 'average' }).entries[0]!;
    // Horizon take-home 4,401,180 CNY = 619,884.51 USD, over 4 years.
    expect(entry.shownAfterTax?.takeHomeMinor).toBe(15_497_113);
  });

  it('marks the best take-home, and "left after living costs" comes from take-home', () => {
    const result = compare({ [a.id]: foreignResident, [b.id]: flat30 }, { costOfLiving: [shanghai, seattle] });
    const [ea, eb] = result.entries;
    // B: year 1 gross 185,000 + 18,500 + 50,000 + 15,000 + 100,000 (equity) = 368,500 USD; 30 % tax.
    expect(eb?.shownAfterTax?.takeHomeMinor).toBe(25_795_000);
    expect(result.best.takeHome).toEqual([b.id]);
    // A: 1,274,670 - 12 x 30,000 CNY (reimbursed housing covers 15,000 of the 20,000 rent, all counted in gross) = 914,670 CNY.
    expect(ea?.leftBasis).toBe('takeHome');
    expect(ea?.leftShownHome).toBe(12_882_676); // 914,670 / 7.10 = 128,826.76
    expect(eb?.leftShownHome).toBe(25_795_000 - 6_000_000);
    expect(result.hasMixedLeftBasis).toBe(false);
    expect(result.best.leftAfterLivingCosts).toEqual([b.id]);
  });

  it('does not mark "left after living costs" best when gross and take-home figures are mixed', () => {
    const result = compare({ [a.id]: foreignResident }, { costOfLiving: [shanghai, seattle] });
    expect(result.entries.map((entry) => entry.leftBasis)).toEqual(['takeHome', 'gross']);
    expect(result.hasMixedLeftBasis).toBe(true);
    expect(result.best.leftAfterLivingCosts).toEqual([]);
  });

  it('counts a city whose living costs are all blank as not entered, not as free', () => {
    const blank: CostOfLiving = { ...seattle, monthlyRentMinor: 0, otherMonthlyMinor: 0 };
    const result = compare({}, { costOfLiving: [shanghai, blank] });
    expect(result.entries[1]?.livingCosts).toEqual({ ok: false, reason: 'noCostOfLiving' });
    expect(result.entries[1]?.leftShownHome).toBeNull();
    expect(result.best.leftAfterLivingCosts).toEqual([]);
    const taxed = compare({ [a.id]: foreignResident, [b.id]: flat30 }, { costOfLiving: [shanghai, blank] });
    expect(taxed.entries[1]?.leftShownHome).toBeNull();
    expect(taxed.best.leftAfterLivingCosts).toEqual([]);
  });

  it('shows the non-money rank only when criteria exist', () => {
    expect(compare({}).hasCriteria).toBe(false);
    expect(compare({}).best.criteria).toEqual([]);
    const withCriteria = compare({}, { criteria: [{ id: 'c', name: 'Team', weight: 5 }], scores: { [a.id]: { c: 8 } } });
    expect(withCriteria.hasCriteria).toBe(true);
    expect(withCriteria.best.criteria).toEqual([a.id]);
  });

  it('adds tax and take-home columns to the CSV, naming offers compared before tax', () => {
    const lines = comparisonCsv(compare({ [a.id]: foreignResident }), (key) => OFFER_MESSAGES.en[key]).split('\r\n');
    expect(lines[0]).toMatch(/,Total in home currency,Tax and contributions,Take-home,Take-home in home currency$/);
    expect(lines[1]).toMatch(/,255633\.80,540330\.00,1274670\.00,179530\.99$/);
    expect(lines[5]).toMatch(/^Shanghai Tech,.*Horizon total,.*,1958820\.00,4401180\.00,619884\.51$/);
    expect(lines[6]).toMatch(/,No tax settings \(compared before tax\),,$/);
  });
});
