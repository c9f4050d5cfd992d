import { describe, expect, it } from 'vitest';
import { chooseBasis, computeVerdict, comparePlan, verdictForPlan, type BasisTotals } from '../../../../shared/decision';
import { createEmptyPlan, planDocumentSchema, type PlanDocument } from '../../../../shared/plan/plan-schema';
import type { CostOfLiving } from '../../../../shared/offers/schema';
import { TaxSettingsSchema } from '../../../../shared/tax';
import { USD_CNY, offerA, offerB } from '../offers/fixtures';

const flat30 = TaxSettingsSchema.parse({ model: 'effective-rate', effectiveRateBp: 3_000 });
const shanghai: CostOfLiving = { id: 'sh', city: 'Shanghai', currency: 'CNY', monthlyRentMinor: 2_000_000, otherMonthlyMinor: 1_000_000 };
const seattle: CostOfLiving = { id: 'se', city: 'Seattle', currency: 'USD', monthlyRentMinor: 300_000, otherMonthlyMinor: 200_000 };

function plan(patch: Partial<PlanDocument> = {}): PlanDocument {
  const base = createEmptyPlan();
  return {
    ...base,
    offers: [offerA(), offerB()],
    comparison: { ...base.comparison, horizonYears: 4, fx: { asOf: '2027-01-01', rates: [...USD_CNY] } },
    ...patch,
  };
}

function totals(id: string, gross: number | null, afterTax: number | null, left: number | null, hasLivingCosts = left !== null): BasisTotals {
  return { offerId: id, gross, afterTax, left, hasLivingCosts };
}

describe('the basis chooser', () => {
  it('takes "after tax and living costs" when every offer has it', () => {
    expect(chooseBasis([totals('a', 10, 8, 5), totals('b', 9, 7, 4)])).toEqual({ basis: 'left', comparedIds: ['a', 'b'], whatToAdd: [] });
  });

  it('falls back to after tax when one offer lacks living costs, and says which', () => {
    expect(chooseBasis([totals('a', 10, 8, 5), totals('b', 9, 7, null)])).toEqual({
      basis: 'afterTax',
      comparedIds: ['a', 'b'],
      whatToAdd: [{ kind: 'livingCosts', offerIds: ['b'] }],
    });
  });

  it('falls back to gross when one offer has no tax settings, naming tax first and then living costs', () => {
    const choice = chooseBasis([totals('a', 10, 8, 5), totals('b', 9, null, null, true), totals('c', 9, 7, null, false)]);
    expect(choice.basis).toBe('gross');
    expect(choice.whatToAdd).toEqual([
      { kind: 'taxSettings', offerIds: ['b'] },
      { kind: 'livingCosts', offerIds: ['c'] },
    ]);
  });

  it('leaves out an offer without an exchange rate and asks for the rate', () => {
    const choice = chooseBasis([totals('a', 10, 8, 5), totals('b', null, null, null, true)]);
    expect(choice).toEqual({ basis: 'left', comparedIds: ['a'], whatToAdd: [{ kind: 'exchangeRate', offerIds: ['b'] }] });
  });
});

describe('the verdict', () => {
  it('the plan with its new optional decision field still validates, and without it too', () => {
    expect(planDocumentSchema.safeParse(plan()).success).toBe(true);
    expect(planDocumentSchema.safeParse(plan({ decision: { closeCallBp: 500, moneyWeightPercent: 70 } })).success).toBe(true);
    expect(planDocumentSchema.safeParse(plan({ decision: { closeCallBp: 10_001 } })).success).toBe(false);
  });

  it('gross, over the horizon: Seattle Cloud 1,279,000.00 USD vs Shanghai Tech 6,360,000 CNY / 7.10 = 895,774.65 USD', () => {
    const v = verdictForPlan(plan());
    expect(v.status).toBe('ok');
    expect(v.basis).toBe('gross');
    expect(v.horizonYears).toBe(4);
    expect(v.leader?.company).toBe('Seattle Cloud');
    expect(v.runnerUp?.company).toBe('Shanghai Tech');
    // 127,900,000 - 89,577,465 = 38,322,535 cents; 38,322,535 / 89,577,465 = 0.427814... -> 4,278 bp (42.78 %).
    expect(v.marginMinor).toBe(38_322_535);
    expect(v.percentBp).toBe(4_278);
    expect(v.isCloseCall).toBe(false);
    expect(v.whatToAdd).toEqual([
      { kind: 'taxSettings', offerIds: ['offer-a', 'offer-b'] },
      { kind: 'livingCosts', offerIds: ['offer-a', 'offer-b'] },
    ]);
  });

  it('after tax at 30 % for both: take-home 895,300.00 USD vs 4,452,000 CNY / 7.10 = 627,042.25 USD', () => {
    const v = verdictForPlan(plan({ taxByOffer: { 'offer-a': flat30, 'offer-b': flat30 } }));
    expect(v.basis).toBe('afterTax');
    // B: 1,279,000 x 0.7 = 895,300.00 (each year's tax rounds to the cent exactly). A: 6,360,000 x 0.7 = 4,452,000 CNY.
    // 4,452,000 / 7.1 = 627,042.253... -> 627,042.25. Margin 268,257.75; 268,257.75 / 627,042.25 = 42.78 % (4,278 bp).
    expect(v.leader?.totalMinor).toBe(89_530_000);
    expect(v.runnerUp?.totalMinor).toBe(62_704_225);
    expect(v.marginMinor).toBe(26_825_775);
    expect(v.percentBp).toBe(4_278);
    expect(v.whatToAdd).toEqual([{ kind: 'livingCosts', offerIds: ['offer-a', 'offer-b'] }]);
  });

  it('after tax and living costs: left = take-home - 4 x 12 x monthly costs', () => {
    const base = plan();
    const v = verdictForPlan(
      plan({ taxByOffer: { 'offer-a': flat30, 'offer-b': flat30 }, comparison: { ...base.comparison, costOfLiving: [shanghai, seattle] } }),
    );
    expect(v.basis).toBe('left');
    // B: 895,300 - 48 x 5,000 = 655,300.00 USD. A: 4,452,000 - 48 x 30,000 = 3,012,000 CNY (the housing allowance
    // is cash, so it is kept in full) / 7.1 = 424,225.352... -> 424,225.35 USD. Margin 231,074.65 = 54.47 %.
    expect(v.leader?.totalMinor).toBe(65_530_000);
    expect(v.runnerUp?.totalMinor).toBe(42_422_535);
    expect(v.marginMinor).toBe(23_107_465);
    expect(v.percentBp).toBe(5_447);
    expect(v.whatToAdd).toEqual([]);
  });

  it('a close call uses the same basis and horizon, 2 % by default and adjustable', () => {
    const base = plan();
    // B against a copy of itself paying 1 % less base (183,150 instead of 185,000 USD).
    const b2 = { ...offerB(), id: 'b2', company: 'Seattle Two', base: { ...offerB().base, amountMinor: 18_315_000 } };
    const doc = plan({ offers: [offerB(), b2] });
    const v = verdictForPlan(doc);
    // b2: base 183,150 + bonus 18,315 per year = 201,465 x 4 = 805,860 + equity 400,000 + sign-on 50,000 + relocation 15,000 = 1,270,860.
    expect(v.runnerUp?.totalMinor).toBe(127_086_000);
    expect(v.marginMinor).toBe(814_000); // 8,140 / 1,279,000 = 0.64 % of the larger
    expect(v.isCloseCall).toBe(true);
    expect(verdictForPlan({ ...doc, decision: { closeCallBp: 50 } }).isCloseCall).toBe(false);
    expect(base.decision).toBeUndefined();
  });

  it('one offer: no runner-up, no margin; none: nothing', () => {
    const one = verdictForPlan(plan({ offers: [offerB()] }));
    expect(one.status).toBe('single');
    expect(one.runnerUp).toBeNull();
    expect(one.percentBp).toBeNull();
    expect(verdictForPlan(plan({ offers: [] })).status).toBe('none');
  });

  it('archived offers take no part; the risk adjustment comes off each total', () => {
    const doc = plan({ offers: [offerA(), { ...offerB(), isArchived: true }] });
    expect(verdictForPlan(doc).status).toBe('single');
    const v = computeVerdict(comparePlan(plan()), { riskAdjustmentFor: (id) => (id === 'offer-b' ? 40_000_000 : 0) });
    // B 1,279,000 - 400,000 = 879,000 < A 895,774.65: the risk-adjusted verdict turns.
    expect(v.isRiskAdjusted).toBe(true);
    expect(v.leader?.offerId).toBe('offer-a');
    expect(v.marginMinor).toBe(89_577_465 - 87_900_000);
  });
});
