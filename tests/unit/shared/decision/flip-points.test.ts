import { describe, expect, it } from 'vitest';
import {
  combinedRank,
  comparePlan,
  equityFlipPoints,
  fxFlipPoints,
  moneyAtRisk,
  offerTotalOn,
  riskAdjustmentFor,
  sensitivityBars,
  smallestTrue,
  topDrivers,
  computeVerdict,
  verdictForPlan,
  withEquityChange,
  withRate,
} from '../../../../shared/decision';
import { createEmptyPlan, type PlanDocument } from '../../../../shared/plan/plan-schema';
import type { CostOfLiving } from '../../../../shared/offers/schema';
import { TaxSettingsSchema } from '../../../../shared/tax';
import { USD_CNY, offerA, offerB } from '../offers/fixtures';

const flat30 = TaxSettingsSchema.parse({ model: 'effective-rate', effectiveRateBp: 3_000 });
const shanghai: CostOfLiving = { id: 'sh', city: 'Shanghai', currency: 'CNY', monthlyRentMinor: 2_000_000, otherMonthlyMinor: 1_000_000 };
const seattle: CostOfLiving = { id: 'se', city: 'Seattle', currency: 'USD', monthlyRentMinor: 300_000, otherMonthlyMinor: 200_000 };

/** Seattle Cloud left 655,300.00 USD, Shanghai Tech left 3,012,000 CNY (verdict.test.ts), EUR/USD unused. */
function plan(): PlanDocument {
  const base = createEmptyPlan();
  return {
    ...base,
    offers: [offerA(), offerB()],
    taxByOffer: { 'offer-a': flat30, 'offer-b': flat30 },
    comparison: {
      ...base.comparison,
      horizonYears: 4,
      costOfLiving: [shanghai, seattle],
      fx: { asOf: '2027-01-01', rates: [...USD_CNY, { base: 'EUR', quote: 'USD', rateMicros: 1_080_000 }] },
    },
  };
}

describe('exact solving', () => {
  it('smallestTrue finds the boundary of a monotone predicate', () => {
    expect(smallestTrue(0, 1000, (x) => x * x >= 500)).toBe(23);
    expect(smallestTrue(5, 5, () => true)).toBe(5);
  });
});

describe('the exchange-rate flip point', () => {
  const doc = plan();
  const verdict = verdictForPlan(doc);
  const flips = fxFlipPoints(doc, verdict);

  it('only the pair the offers use, solved to the millionth', () => {
    expect(verdict.leader?.offerId).toBe('offer-b');
    expect(flips).toHaveLength(1);
    const [flip] = flips;
    // Shanghai ahead when 301,200,000 fen / r > 65,530,000 cents, i.e. r < 3,012,000 / 655,300 = 4.596368...;
    // with the conversion rounded to the cent: round(301,200,000 x 10^6 / r) > 65,530,000 for r <= 4,596,368.
    expect(flip).toMatchObject({ base: 'USD', quote: 'CNY', status: 'below', thresholdMicros: 4_596_369 });
  });

  it('agrees with brute force on a fine grid around it', () => {
    const sh = doc.offers[0]!;
    const se = doc.offers[1]!;
    const flip = flips[0]!;
    for (let micros = flip.rangeMicros[0]; micros <= 7_100_000; micros += 19_997) {
      const rates = withRate(doc.comparison.fx.rates, 0, micros);
      const isShanghaiAhead = offerTotalOn(doc, sh, 'left', rates)! > offerTotalOn(doc, se, 'left', rates)!;
      expect(isShanghaiAhead).toBe(micros < flip.thresholdMicros!);
    }
    for (const micros of [4_596_367, 4_596_368, 4_596_369, 4_596_370]) {
      const rates = withRate(doc.comparison.fx.rates, 0, micros);
      expect(offerTotalOn(doc, sh, 'left', rates)! > offerTotalOn(doc, se, 'left', rates)!).toBe(micros < 4_596_369);
    }
  });

  it('says so when nothing in range flips it', () => {
    // Shanghai's living costs at zero rent: it now needs r < 6.26; with the other way round nothing flips:
    const far = { ...doc, comparison: { ...doc.comparison, costOfLiving: [{ ...shanghai, monthlyRentMinor: 20_000_000 }, seattle] } };
    const v = verdictForPlan(far);
    const [flip] = fxFlipPoints(far, v);
    // Shanghai left 3,012,000 - 48 x 180,000 < 0 CNY: a stronger yuan only makes it worse; nothing from 3.55 to 14.2 flips.
    expect(flip?.status).toBe('noFlipInRange');
  });
});

describe('the equity flip point', () => {
  const doc = plan();
  const verdict = verdictForPlan(doc);
  const [up, down] = equityFlipPoints(doc, verdict);

  it("the runner-up's stock worth this much more, exactly, checked by brute force", () => {
    // Gap 655,300 x 7.1 - 3,012,000 = 1,640,630 CNY after 30 % tax = 2,343,757.14 CNY of equity before tax,
    // on 1,200,000 CNY of equity: 195.31 % more -> the first whole basis point is 19,532 (19,531 falls short).
    expect(up).toMatchObject({ offerId: 'offer-a', role: 'runnerUp', status: 'flips', changeBp: 19_532 });
    const sh = doc.offers[0]!;
    const leaderTotal = verdict.leader!.totalMinor;
    for (let bp = 19_400; bp <= 19_700; bp += 7) {
      expect(offerTotalOn(doc, withEquityChange(sh, bp), 'left')! > leaderTotal).toBe(bp >= 19_532);
    }
  });

  it("the leader's stock worth how much less: Seattle's 400,000 USD x 0.7 = 280,000 of its 231,074.65 lead", () => {
    // 231,074.65 / 280,000 = 82.53 % less.
    expect(down).toMatchObject({ offerId: 'offer-b', role: 'leader', status: 'flips' });
    expect(down?.changeBp).toBe(8_253);
  });

  it('an offer without equity says so', () => {
    const noEquity = { ...doc, offers: [{ ...offerA(), equity: [] }, offerB()] };
    const [flipUp] = equityFlipPoints(noEquity, verdictForPlan(noEquity));
    expect(flipUp?.status).toBe('noEquity');
  });
});

describe('drivers, money at risk, sensitivity and the combined rank', () => {
  const doc = plan();
  const comparison = comparePlan(doc);
  const verdict = computeVerdict(comparison);

  it('the three largest signed contributions to the margin', () => {
    const drivers = topDrivers(comparison, verdict);
    // Base: 740,000 USD - 3,600,000 CNY (507,042.25) = +232,957.75. Equity: 400,000 - 1,200,000 CNY (169,014.08)
    // = +230,985.92. Tax as take-home - gross: B -383,700.00; A 627,042.25 - 895,774.65 = -268,732.40; -114,967.60.
    // Allowances -720,000 CNY (-101,408.45) come fourth.
    expect(drivers.map((d) => d.key)).toEqual(['base', 'equity', 'tax']);
    expect(drivers.map((d) => d.amountMinor)).toEqual([23_295_775, 23_098_592, -11_496_760]);
  });

  it('money at risk: clawback-able sign-on, equity that needs staying, private equity with its discount', () => {
    const clawed = { ...doc, offers: [{ ...offerA(), signOn: { ...offerA().signOn, clawback: { kind: 'proRata' as const, untilMonth: 12 } }, equity: [{ ...offerA().equity[0]!, isPrivateCompany: true, riskDiscountBp: 4_000 }] }, offerB()] };
    const c = comparePlan(clawed);
    const [a] = moneyAtRisk(c, clawed.comparison.fx.rates);
    // Sign-on 300,000 CNY = 42,253.52 USD; equity 1,200,000 CNY = 169,014.08 USD, all private; 40 % of it = 480,000 CNY = 67,605.63.
    expect(a).toMatchObject({ clawbackMinor: 4_225_352, stayOnlyEquityMinor: 16_901_408, privateEquityMinor: 16_901_408, privateDiscountMinor: 6_760_563 });
    const adjusted = computeVerdict(c, { riskAdjustmentFor: riskAdjustmentFor(c, clawed.comparison.fx.rates) });
    // On "left", A's discount is scaled by its take-home share 0.7: 67,605.63 x 0.7 = 47,323.94.
    expect(adjusted.runnerUp?.totalMinor).toBe(verdict.runnerUp!.totalMinor - 4_732_394);
  });

  it('sensitivity bars: margin with each factor moved down and up, widest first', () => {
    const bars = sensitivityBars(doc, verdict, fxFlipPoints(doc, verdict));
    expect(bars.map((b) => b.factor.kind)).toEqual(['equity', 'fx', 'equity']);
    const fx = bars.find((b) => b.factor.kind === 'fx')!;
    // USD/CNY 6.39 makes Shanghai worth more in dollars: a smaller lead.
    expect(fx.marginLowMinor).toBeLessThan(verdict.marginMinor);
    expect(fx.marginHighMinor).toBeGreaterThan(verdict.marginMinor);
  });

  it('combined rank: w x money + (100 - w) x criteria, money as a share of the best', () => {
    const withCriteria = {
      ...doc,
      comparison: { ...doc.comparison, criteria: [{ id: 'c', name: 'Family', weight: 1 }], scores: { 'offer-a': { c: 10 }, 'offer-b': { c: 2 } } },
    };
    const c = comparePlan(withCriteria);
    const v = computeVerdict(c);
    const rank = combinedRank(c, v, 70);
    // Seattle: money 10.00, criteria 2.00 -> 0.7 x 1000 + 0.3 x 200 = 760. Shanghai: money 424,225.35 / 655,300 x 10
    // = 6.4738 -> 647; criteria 10.00 -> 0.7 x 647 + 0.3 x 1000 = 752.9 -> 753.
    expect(rank.rows).toEqual([
      { offerId: 'offer-b', moneyHundredths: 1_000, criteriaHundredths: 200, combinedHundredths: 760, rank: 1 },
      { offerId: 'offer-a', moneyHundredths: 647, criteriaHundredths: 1_000, combinedHundredths: 753, rank: 2 },
    ]);
    expect(combinedRank(c, v, 50).rows[0]?.offerId).toBe('offer-a'); // 0.5 x 647 + 0.5 x 1000 = 823.5 > 600
    expect(combinedRank(comparison, verdict, 30).moneyWeightPercent).toBe(100); // no criteria: money alone
  });
});
