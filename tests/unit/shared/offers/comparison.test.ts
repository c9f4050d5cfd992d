import { describe, expect, it } from 'vitest';
import { convertBreakdown } from '../../../../shared/offers/convert-breakdown';
import { offerBreakdown } from '../../../../shared/offers/breakdown';
import { findCloseCalls, isCloseCall } from '../../../../shared/offers/close-call';
import { fxWhatIf } from '../../../../shared/offers/fx-what-if';
import { findCostOfLiving, leftAfterLivingCosts } from '../../../../shared/offers/living-costs';
import { rankByCriteria } from '../../../../shared/offers/criteria-rank';
import { bestIds } from '../../../../shared/offers/best-per-row';
import { compareOffers } from '../../../../shared/offers/compare-offers';
import { stackedChartData } from '../../../../shared/offers/chart-data';
import { createDefaultComparisonSettings, type ComparisonSettings, type CostOfLiving } from '../../../../shared/offers/schema';
import { USD_CNY, housing, offerA, offerB } from './fixtures';

function settings(patch: Partial<ComparisonSettings> = {}): ComparisonSettings {
  return { ...createDefaultComparisonSettings(), fx: { asOf: '2027-01-01', rates: [...USD_CNY] }, ...patch };
}

describe('conversion to the home currency', () => {
  it('reports a missing rate for the whole offer, never NaN or zero', () => {
    const result = convertBreakdown(offerBreakdown(offerA(), 4), 'EUR', USD_CNY);
    expect(result).toEqual({ ok: false, missing: { from: 'CNY', to: 'EUR' } });
  });
  it('converts every row, each figure rounded once', () => {
    const result = convertBreakdown(offerBreakdown(offerA(), 4), 'USD', USD_CNY);
    if (!result.ok) throw new Error('expected a rate');
    expect(result.breakdown.currency).toBe('USD');
    expect(result.breakdown.years[0]?.total).toBe(25_563_380); // 1,815,000 / 7.1 = 255,633.80
    expect(result.breakdown.years[0]?.year).toBe(1);
  });
});

describe('close calls', () => {
  it('marks totals within 2 % of the larger one', () => {
    expect(isCloseCall(100_000, 98_000)).toBe(true);
    expect(isCloseCall(100_000, 97_999)).toBe(false);
    expect(isCloseCall(0, 0)).toBe(true);
    expect(
      findCloseCalls([
        { id: 'a', amountMinor: 100_000 },
        { id: 'b', amountMinor: 99_000 },
        { id: 'c', amountMinor: null },
        { id: 'd', amountMinor: 50_000 },
      ]),
    ).toEqual([['a', 'b']]);
  });
});

describe('exchange-rate what-if', () => {
  it('moves the rate by plus and minus X %', () => {
    const result = fxWhatIf(636_000_000, 'CNY', 'USD', USD_CNY, 1_000);
    expect(result.asEntered).toEqual({ ok: true, amountMinor: 89_577_465 });
    expect(result.up).toEqual({ ok: true, amountMinor: 98_535_211 }); // x 1.1
    expect(result.down).toEqual({ ok: true, amountMinor: 80_619_718 }); // x 0.9
    expect(fxWhatIf(1, 'CNY', 'EUR', USD_CNY, 1_000).up.ok).toBe(false);
  });
});

describe('left after living costs', () => {
  const shanghai: CostOfLiving = { id: 'sh', city: ' shanghai ', currency: 'CNY', monthlyRentMinor: 1_200_000, otherMonthlyMinor: 800_000 };

  it('matches the city ignoring case and spaces', () => {
    expect(findCostOfLiving(offerA(), [shanghai])?.id).toBe('sh');
    expect(findCostOfLiving({ city: '' }, [{ ...shanghai, city: '' }])).toBeNull();
  });

  it('keeps a cash housing allowance in full, even above the rent', () => {
    const offer = offerA(); // housing 15,000 a month in cash, rent 12,000
    const result = leftAfterLivingCosts(offer, offerBreakdown(offer, 2), [shanghai], USD_CNY);
    if (!result.ok) throw new Error(result.reason);
    expect(result.years[0]).toEqual({
      year: 1,
      total: 181_500_000,
      rent: 14_400_000,
      otherCosts: 9_600_000,
      housingAllowance: 18_000_000,
      housingAllowanceUnused: 0,
      netRent: 0,
      left: 181_500_000 - 24_000_000,
    });
  });

  it('caps a reimbursed housing allowance at the rent', () => {
    const offer = offerA();
    offer.allowances = [housing(1_500_000, { isReimbursed: true })];
    const result = leftAfterLivingCosts(offer, offerBreakdown(offer, 1), [shanghai], USD_CNY);
    if (!result.ok) throw new Error(result.reason);
    expect(result.years[0]?.housingAllowanceUnused).toBe(3_600_000);
    expect(result.years[0]?.left).toBe(181_500_000 - 3_600_000 - 24_000_000);
    const cheap = leftAfterLivingCosts({ ...offer, allowances: [housing(500_000, { isReimbursed: true })] }, offerBreakdown(offer, 1), [shanghai], USD_CNY);
    expect(cheap.ok && cheap.years[0]?.netRent).toBe(8_400_000);
  });

  it('converts living costs in another currency, or says which rate is missing', () => {
    const offer = offerB();
    const usdRent: CostOfLiving = { id: 'se', city: 'Seattle', currency: 'CNY', monthlyRentMinor: 710_00, otherMonthlyMinor: 0 };
    const result = leftAfterLivingCosts(offer, offerBreakdown(offer, 1), [usdRent], USD_CNY);
    expect(result.ok && result.years[0]?.rent).toBe(1_200_00);
    expect(leftAfterLivingCosts(offer, offerBreakdown(offer, 1), [{ ...usdRent, currency: 'EUR' }], USD_CNY)).toEqual({
      ok: false,
      reason: 'missingRate',
      missing: { from: 'EUR', to: 'USD' },
    });
    expect(leftAfterLivingCosts(offer, offerBreakdown(offer, 1), [], USD_CNY)).toEqual({ ok: false, reason: 'noCostOfLiving' });
  });
});

describe('weighted non-money rank', () => {
  it('ranks by weighted average score, ties sharing a rank, missing scores counted', () => {
    const criteria = [
      { id: 'growth', name: 'Career growth', weight: 3 },
      { id: 'family', name: 'Family', weight: 1 },
    ];
    const ranks = rankByCriteria(['a', 'b', 'c'], criteria, { a: { growth: 8, family: 4 }, b: { growth: 6, family: 10 }, c: { growth: 9 } });
    expect(ranks).toEqual([
      { offerId: 'a', scoreHundredths: 700, missingScores: 0, rank: 1 },
      { offerId: 'b', scoreHundredths: 700, missingScores: 0, rank: 1 },
      { offerId: 'c', scoreHundredths: 675, missingScores: 1, rank: 3 },
    ]);
    expect(rankByCriteria(['a'], [], {})[0]).toMatchObject({ scoreHundredths: 0, rank: 1 });
  });
});

describe('best value per row', () => {
  it('marks the highest (or lowest) comparable value, ties included, nothing when all equal', () => {
    expect(bestIds([{ id: 'a', amountMinor: 5 }, { id: 'b', amountMinor: 9 }, { id: 'c', amountMinor: null }])).toEqual(['b']);
    expect(bestIds([{ id: 'a', amountMinor: 5 }, { id: 'b', amountMinor: 9 }, { id: 'c', amountMinor: 9 }])).toEqual(['b', 'c']);
    expect(bestIds([{ id: 'a', amountMinor: 5 }, { id: 'b', amountMinor: 9 }], 'lower')).toEqual(['a']);
    expect(bestIds([{ id: 'a', amountMinor: 5 }, { id: 'b', amountMinor: 5 }])).toEqual([]);
    expect(bestIds([{ id: 'a', amountMinor: 5 }])).toEqual([]);
  });
});

describe('compareOffers on the worked example', () => {
  it('shows year 1 in USD, the best per row, no close call', () => {
    const comparison = compareOffers([offerA(), offerB()], settings(), 'USD');
    const [a, b] = comparison.entries;
    expect(a?.home.ok && a.home.breakdown.horizonTotal.total).toBe(89_577_465);
    expect(b?.home.ok && b.home.breakdown.horizonTotal.total).toBe(127_900_000);
    expect(a?.shown?.total).toBe(25_563_380);
    expect(b?.shown?.total).toBe(36_850_000);
    expect(comparison.best.total).toEqual(['offer-b']);
    expect(comparison.best.horizonTotal).toEqual(['offer-b']);
    expect(comparison.best.allowances).toEqual(['offer-a']);
    // At month 12 A forfeits 900,000 CNY (126,760.56 USD) of RSUs, B 300,000 USD.
    expect(comparison.best.costOfLeaving).toEqual(['offer-a']);
    expect(comparison.closeCalls).toEqual([]);
    expect(comparison.fxAsOf).toBe('2027-01-01');
  });

  it('switches to the average view and flags a close call', () => {
    const twin = { ...offerB(), id: 'twin' };
    twin.base = { ...twin.base, amountMinor: 18_000_000 };
    const comparison = compareOffers([offerB(), twin], settings({ view: 'average' }), 'USD');
    expect(comparison.entries[0]?.shown?.total).toBe(31_975_000);
    expect(comparison.closeCalls).toEqual([['offer-b', 'twin']]);
  });

  it('keeps going when a rate is missing, marking that offer only', () => {
    const comparison = compareOffers([offerA(), offerB()], settings({ fx: { asOf: '2027-01-01', rates: [] } }), 'USD');
    expect(comparison.entries[0]?.home).toEqual({ ok: false, missing: { from: 'CNY', to: 'USD' } });
    expect(comparison.entries[0]?.shown).toBeNull();
    expect(comparison.best.total).toEqual([]);
    const chart = stackedChartData(comparison);
    expect(chart.missing).toEqual(['offer-a']);
    expect(chart.series.every((s) => s.offerId === 'offer-b')).toBe(true);
  });

  it('builds stacked chart rows per year in major units', () => {
    const chart = stackedChartData(compareOffers([offerA(), offerB()], settings(), 'USD'));
    expect(chart.rows).toHaveLength(4);
    expect(chart.series).toHaveLength(14);
    expect(chart.rows[0]).toMatchObject({ year: 1, o1_base: 185_000, o1_signOn: 50_000, o1_relocation: 15_000, o0_allowances: 25_352.11 });
    expect(new Set(chart.series.map((s) => s.stackId))).toEqual(new Set(['o0', 'o1']));
  });

  it('uses the left-after-living-costs figures when cost of living is entered', () => {
    const costOfLiving: CostOfLiving[] = [
      { id: 'sh', city: 'Shanghai', currency: 'CNY', monthlyRentMinor: 1_200_000, otherMonthlyMinor: 800_000 },
      { id: 'se', city: 'Seattle', currency: 'USD', monthlyRentMinor: 3_000_00, otherMonthlyMinor: 2_000_00 },
    ];
    const comparison = compareOffers([offerA(), offerB()], settings({ costOfLiving }), 'USD');
    expect(comparison.entries[0]?.leftShownHome).toBe(22_183_099); // (1,815,000 - 240,000) / 7.1
    expect(comparison.entries[1]?.leftShownHome).toBe(30_850_000); // 368,500 - 60,000
    expect(comparison.best.leftAfterLivingCosts).toEqual(['offer-b']);
  });
});
