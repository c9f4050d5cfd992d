import { describe, expect, it } from 'vitest';
import { comparePlan } from '../../../../shared/decision/plan-comparison';
import { createComparisonMemo } from '../../../../shared/memo/comparison-memo';
import { byValue, createOfferMemo, samePlainData } from '../../../../shared/memo/offer-memo';
import { convertMinor } from '../../../../shared/money';
import { recordRateReads } from '../../../../shared/money/rate-reads';
import { offerTakeHome } from '../../../../shared/offer-tax/offer-take-home';
import { takeHomeContextOf } from '../../../../shared/offer-tax/take-home-context';
import type { PlanDocument } from '../../../../shared/plan/plan-schema';
import { generateLargePlan } from '../../../fixtures/large-plan';

// 13 offers in six cities (CNY x3, HKD, SGD, USD), every one with tax settings, home currency USD.
const plan = generateLargePlan(0.25);

function withRate(document: PlanDocument, base: string, quote: string, factorPercent: number): PlanDocument {
  const rates = document.comparison.fx.rates.map((rate) => (rate.base === base && rate.quote === quote ? { ...rate, rateMicros: Math.round((rate.rateMicros * factorPercent) / 100) } : rate));
  return { ...document, comparison: { ...document.comparison, fx: { ...document.comparison.fx, rates } } };
}

describe('comparison memo', () => {
  it('gives exactly comparePlan, and a second call on the same plan computes nothing', () => {
    const memo = createComparisonMemo();
    expect(memo.compare(plan)).toEqual(comparePlan(plan));
    const misses = memo.stats.entries.misses;
    expect(misses).toBe(plan.offers.length);
    expect(memo.compare(plan)).toEqual(comparePlan(plan));
    expect(memo.stats.entries.misses).toBe(misses);
  });

  it('an edit to one offer recomputes that offer only', () => {
    const memo = createComparisonMemo();
    memo.compare(plan);
    const before = memo.stats.entries.misses;
    const edited: PlanDocument = { ...plan, offers: plan.offers.map((offer, i) => (i === 4 ? { ...offer, base: { ...offer.base, amountMinor: offer.base.amountMinor + 100_000 } } : offer)) };
    const result = memo.compare(edited);
    expect(memo.stats.entries.misses - before).toBe(1);
    expect(result).toEqual(comparePlan(edited));
    expect(result.entries[4]!.breakdown.years[0]!.base).not.toBe(memo.compare(plan).entries[4]!.breakdown.years[0]!.base);
  });

  it('an edited USD/CNY rate recomputes the offers that converted through it, and keeps the others', () => {
    const memo = createComparisonMemo();
    memo.compare(plan);
    const before = memo.stats.entries.misses;
    const moved = withRate(plan, 'USD', 'CNY', 110);
    expect(moved.comparison.fx.rates).not.toEqual(plan.comparison.fx.rates);
    const result = memo.compare(moved);
    expect(result).toEqual(comparePlan(moved));
    const recomputed = memo.stats.entries.misses - before;
    // The CNY offers (Shanghai, Beijing, Shenzhen: 7 of the 13) must change; the USD ones convert nothing.
    const cnyOffers = plan.offers.filter((offer) => offer.currency === 'CNY').length;
    expect(recomputed).toBeGreaterThanOrEqual(cnyOffers);
    expect(recomputed).toBeLessThan(plan.offers.length);
  });

  it('tax settings rebuilt as equal objects (the trip log applied again) still hit; changed ones miss', () => {
    const memo = createComparisonMemo();
    memo.compare(plan);
    const before = memo.stats.entries.misses;
    const copied: PlanDocument = { ...plan, taxByOffer: JSON.parse(JSON.stringify(plan.taxByOffer)) as PlanDocument['taxByOffer'] };
    memo.compare(copied);
    expect(memo.stats.entries.misses).toBe(before);
    const id = plan.offers[2]!.id;
    const changed: PlanDocument = { ...plan, taxByOffer: { ...plan.taxByOffer, [id]: { ...plan.taxByOffer[id]!, model: 'none' } } };
    expect(memo.compare(changed)).toEqual(comparePlan(changed));
    expect(memo.stats.entries.misses).toBe(before + 1);
  });

  it('settings every offer depends on (horizon, living costs) recompute all; criteria scores recompute none', () => {
    const memo = createComparisonMemo();
    memo.compare(plan);
    let before = memo.stats.entries.misses;
    const longer: PlanDocument = { ...plan, comparison: { ...plan.comparison, horizonYears: 5 } };
    expect(memo.compare(longer)).toEqual(comparePlan(longer));
    expect(memo.stats.entries.misses - before).toBe(plan.offers.length);
    before = memo.stats.entries.misses;
    const firstId = plan.offers[0]!.id;
    const scored: PlanDocument = { ...longer, comparison: { ...longer.comparison, scores: { ...longer.comparison.scores, [firstId]: { team: 10, commute: 10, school: 10 } } } };
    const result = memo.compare(scored);
    expect(result).toEqual(comparePlan(scored));
    expect(memo.stats.entries.misses).toBe(before);
    expect(result.entries[0]!.criteria.rank).toBe(1);
  });

  it('take-home is shared between the comparison and the take-home tables', () => {
    const memo = createComparisonMemo();
    memo.compare(plan);
    const misses = memo.stats.takeHome.misses;
    const offer = plan.offers[0]!;
    const context = takeHomeContextOf(plan);
    expect(memo.takeHome(offer, memo.effectiveTax(plan)[offer.id]!, context)).toEqual(offerTakeHome(offer, plan.taxByOffer[offer.id]!, context));
    expect(memo.stats.takeHome.misses).toBe(misses);
  });
});

describe('offer memo and rate reads', () => {
  it('records each pair a conversion looked up, also through a remembered result', () => {
    const rates = [
      { base: 'USD' as const, quote: 'CNY' as const, rateMicros: 7_100_000 },
      { base: 'USD' as const, quote: 'EUR' as const, rateMicros: 900_000 },
    ];
    const memo = createOfferMemo<number>();
    const item = {};
    const compute = () => {
      const result = convertMinor(100, 'CNY', 'EUR', rates);
      return result.ok ? result.amountMinor : -1;
    };
    const first = recordRateReads(() => memo.get(item, [], rates, compute));
    expect(first.pairs).toContainEqual(['CNY', 'EUR']);
    const second = recordRateReads(() => memo.get(item, [], rates, compute));
    expect(memo.stats).toEqual({ hits: 1, misses: 1 });
    expect(second.pairs).toContainEqual(['CNY', 'EUR']);
    // 100 fen CNY -> USD at 1/7.1 -> EUR at 0.9: 100 * 0.9 / 7.1 = 12.676 -> 13 cents.
    expect(second.value).toBe(13);
    // A rate on the way (USD/EUR) changed: recomputed. 100 * 0.95 / 7.1 = 13.38 -> 13; USD/CNY 8: 100 * 0.95 / 8 = 11.875 -> 12.
    const moved = [rates[0]!, { ...rates[1]!, rateMicros: 950_000 }];
    expect(memo.get(item, [], moved, compute)).toBe(13);
    expect(memo.stats.misses).toBe(2);
    const moved2 = [{ ...rates[0]!, rateMicros: 8_000_000 }, moved[1]!];
    expect(memo.get(item, [], moved2, () => {
      const result = convertMinor(100, 'CNY', 'EUR', moved2);
      return result.ok ? result.amountMinor : -1;
    })).toBe(12);
  });

  it('compares wrapped plain data by value and other inputs by identity', () => {
    expect(samePlainData({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(samePlainData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(samePlainData({ a: 1 }, { b: 1 })).toBe(false);
    const memo = createOfferMemo<string>();
    const item = {};
    memo.get(item, [byValue({ x: 1 })], [], () => 'one');
    expect(memo.get(item, [byValue({ x: 1 })], [], () => 'two')).toBe('one');
    expect(memo.get(item, [{ x: 1 }], [], () => 'three')).toBe('three');
    expect(memo.get(item, [{ x: 1 }], [], () => 'four')).toBe('four');
  });
});
