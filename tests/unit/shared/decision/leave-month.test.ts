import { describe, expect, it } from 'vitest';
import { comparePlan, computeVerdict, decisionAnalysis, grossWithinMonths, leaveMonthFlip, totalWithinMonths } from '../../../../shared/decision';
import { createEmptyOffer, type CostOfLiving, type Offer } from '../../../../shared/offers/schema';
import { createEmptyPlan, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { TaxSettingsSchema } from '../../../../shared/tax';
import { USD_CNY, offerA, offerB, rsu } from '../offers/fixtures';

const START = '2027-03-01';

/** Alpha: USD 120,000 base, sign-on 30,000 at month 0 repaid in full before month 12, RSU 120,000 (25 % a year, 12-month cliff). */
function alpha(overrides: Partial<Offer> = {}): Offer {
  return {
    ...createEmptyOffer('alpha', START, 'USD'),
    company: 'Alpha',
    base: { kind: 'annual', amountMinor: 12_000_000, monthsPerYear: 12, yearlyRaiseBp: 0 },
    signOn: { installments: [{ id: 's', month: 0, amountMinor: 3_000_000 }], clawback: { kind: 'full', untilMonth: 12 } },
    equity: [rsu(12_000_000)],
    ...overrides,
  };
}

/** Beta: USD base with a yearly bonus, nothing else. */
function beta(baseMinor: number, bonusBp: number): Offer {
  return {
    ...createEmptyOffer('beta', START, 'USD'),
    company: 'Beta',
    base: { kind: 'annual', amountMinor: baseMinor, monthsPerYear: 12, yearlyRaiseBp: 0 },
    bonus: { kind: 'percentOfBase', targetBp: bonusBp, fixedMinor: 0 },
  };
}

function plan(offers: Offer[], patch: Partial<PlanDocument> = {}): PlanDocument {
  const base = createEmptyPlan();
  return {
    ...base,
    profile: { ...base.profile, homeCurrency: 'USD' },
    offers,
    comparison: { ...base.comparison, horizonYears: 4, fx: { asOf: '2027-01-01', rates: [...USD_CNY] }, ...patch.comparison },
    ...patch,
  } as PlanDocument;
}

function flipOf(document: PlanDocument) {
  const comparison = comparePlan(document);
  const verdict = computeVerdict(comparison);
  return { comparison, verdict, flip: leaveMonthFlip(comparison, verdict, document.comparison.fx.rates) };
}

describe('what an offer pays over its first m months (the leaving rule)', () => {
  it('base month by month, vests at or before m, sign-on when paid; the bonus only at the end of a year', () => {
    const comparison = comparePlan(plan([alpha({ bonus: { kind: 'percentOfBase', targetBp: 1_000, fixedMinor: 0 } })]));
    const entry = comparison.entries[0]!;
    // m = 5: base 120,000 x 5/12 = 50,000 + sign-on 30,000 (month 0) = 80,000; no vest, no bonus yet.
    expect(grossWithinMonths(entry, 5)).toEqual([8_000_000]);
    // m = 12: base 120,000 + bonus 12,000 + sign-on 30,000 + first vest 30,000 = 192,000.
    expect(grossWithinMonths(entry, 12)).toEqual([19_200_000]);
    // m = 13: year 2 has one month of base (10,000) only.
    expect(grossWithinMonths(entry, 13)).toEqual([19_200_000, 1_000_000]);
    // Leaving at 5 repays the whole sign-on (full clawback before month 12): 80,000 - 30,000 = 50,000.
    expect(totalWithinMonths(entry, 5, 'gross', true, [], 'USD')).toBe(5_000_000);
    // Kept (not left): nothing repaid.
    expect(totalWithinMonths(entry, 5, 'gross', false, [], 'USD')).toBe(8_000_000);
  });

  it('over the whole horizon it is the verdict total itself, after tax and living costs, converted once', () => {
    const flat30 = TaxSettingsSchema.parse({ model: 'effective-rate', effectiveRateBp: 3_000 });
    const shanghai: CostOfLiving = { id: 'sh', city: 'Shanghai', currency: 'CNY', monthlyRentMinor: 2_000_000, otherMonthlyMinor: 1_000_000 };
    const seattle: CostOfLiving = { id: 'se', city: 'Seattle', currency: 'USD', monthlyRentMinor: 300_000, otherMonthlyMinor: 200_000 };
    const document = plan([offerA(), offerB()], { taxByOffer: { 'offer-a': flat30, 'offer-b': flat30 } });
    document.comparison.costOfLiving = [shanghai, seattle];
    const comparison = comparePlan(document);
    const verdict = computeVerdict(comparison);
    expect(verdict.basis).toBe('left');
    for (const row of verdict.ranking) {
      const entry = comparison.entries.find((e) => e.offer.id === row.offerId)!;
      expect(totalWithinMonths(entry, 48, 'left', true, document.comparison.fx.rates, 'USD')).toBe(row.totalMinor);
    }
  });
});

describe('the leaving rule after tax and living costs', () => {
  /*
   * Alpha in Seattle, a flat 30 % effective tax, living costs 3,000 rent + 2,000 other a month.
   * Year 1 gross 120,000 + 30,000 + 30,000 = 180,000; take-home 70 % = 126,000; living costs 60,000 a year.
   * Leaving at month 6: gross 60,000 + 30,000 (sign-on) = 90,000, x 126,000 / 180,000 = 63,000 take-home;
   * the whole sign-on goes back (30,000, out of take-home): 33,000; six months of living costs 30,000: 3,000 left.
   */
  it('leaving at month 6: take-home at year 1 average rate, the clawback out of it, half a year of living costs', () => {
    const flat30 = TaxSettingsSchema.parse({ model: 'effective-rate', effectiveRateBp: 3_000 });
    const seattle: CostOfLiving = { id: 'se', city: 'Seattle', currency: 'USD', monthlyRentMinor: 300_000, otherMonthlyMinor: 200_000 };
    const document = plan([alpha({ city: 'Seattle' })], { taxByOffer: { alpha: flat30 } });
    document.comparison.costOfLiving = [seattle];
    const entry = comparePlan(document).entries[0]!;
    expect(entry.afterTax?.years[0]).toMatchObject({ takeHomeMinor: 12_600_000, leftMinor: 6_600_000 });
    expect(totalWithinMonths(entry, 6, 'afterTax', true, [], 'USD')).toBe(3_300_000);
    expect(totalWithinMonths(entry, 6, 'left', true, [], 'USD')).toBe(300_000);
    // Kept rather than left: 63,000 - 30,000 = 33,000 after living costs.
    expect(totalWithinMonths(entry, 6, 'left', false, [], 'USD')).toBe(3_300_000);
  });
});

describe('the leaving-month flip point', () => {
  /*
   * Alpha: 120,000 a year, sign-on 30,000 (clawed back in full before month 12), RSU 120,000: 30,000 at months
   * 12, 24, 36 and 48. Horizon 4 years: 480,000 + 30,000 + 120,000 = 630,000.
   * Beta: 150,000 a year, no bonus: 600,000. Alpha leads by 30,000.
   * Leaving Alpha at month m < 12: 10,000 m (the sign-on goes back) against Beta's 12,500 m: worse.
   * m = 12: 120,000 + 30,000 + 30,000 = 180,000 against 150,000: ahead; then the 30,000 lead shrinks by 2,500
   * a month until the next vest restores it (m = 23: 290,000 vs 287,500), so months 1-11 only.
   * Last worse month 11: start 2027-03-01 + 11 months = 2028-02-01.
   */
  it('Alpha against Beta: leaving in the first 11 months makes Alpha the worse choice', () => {
    const { verdict, flip } = flipOf(plan([alpha(), beta(15_000_000, 0)]));
    expect(verdict.leader?.offerId).toBe('alpha');
    expect(verdict.marginMinor).toBe(3_000_000);
    expect(flip).toMatchObject({ status: 'flips', leaderId: 'alpha', runnerUpId: 'beta', lastWorseMonth: 11, isWorseThroughout: true, worseRanges: [[1, 11]], lastWorseDate: '2028-02-01' });
  });

  /*
   * Beta 140,000 + 10 % bonus (14,000, paid at each year end) = 154,000 a year, 616,000 over 4 years; Alpha
   * leads by 14,000. Months 1-11 worse as before (10,000 m vs 11,666.67 m). At m = 36 Alpha has 3 x 120,000
   * + 30,000 + 90,000 = 480,000, Beta 462,000; at m = 47 Alpha 480,000 + 110,000 = 590,000, Beta
   * 462,000 + 140,000 x 11/12 = 590,333.33: worse; at m = 46 Alpha 580,000 vs Beta 578,666.67: ahead.
   * m = 24 + k (k <= 11): lead 22,000 - 1,666.67 k >= 3,666.67; m = 12 + k: 26,000 - 1,666.67 k > 0.
   * So worse in months 1-11 and 47; not throughout. Last worse month 47: 2027-03-01 + 47 months = 2031-02-01.
   */
  it('is one range bar of the sensitivity chart: the lead at the worst month (11: 110,000 - 137,500) and the best (12: 30,000)', () => {
    const document = plan([alpha(), beta(15_000_000, 0)]);
    const analysis = decisionAnalysis(document, comparePlan(document));
    expect(analysis.leaveFlip?.marginRangeMinor).toEqual([-2_750_000, 3_000_000]);
    expect(analysis.sensitivity.find((bar) => bar.factor.kind === 'leaveMonth')).toMatchObject({ factor: { kind: 'leaveMonth', offerId: 'alpha', months: 48 }, marginLowMinor: -2_750_000, marginHighMinor: 3_000_000 });
  });

  it('a lead that dips below just before the last vest: worse at months 1-11 and 47', () => {
    const { verdict, flip } = flipOf(plan([alpha(), beta(14_000_000, 1_000)]));
    expect(verdict.marginMinor).toBe(1_400_000);
    expect(flip).toMatchObject({ status: 'flips', lastWorseMonth: 47, isWorseThroughout: false, worseRanges: [[1, 11], [47, 47]], lastWorseDate: '2031-02-01' });
  });

  it('checked month by month against the totals themselves', () => {
    const document = plan([alpha(), beta(14_000_000, 1_000)]);
    const { comparison, flip } = flipOf(document);
    const [a, b] = comparison.entries;
    const worse = Array.from({ length: 48 }, (_, i) => i + 1).filter((m) => totalWithinMonths(a!, m, 'gross', true, [], 'USD')! < totalWithinMonths(b!, m, 'gross', false, [], 'USD')!);
    expect(worse).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 47]);
    expect(flip?.lastWorseMonth).toBe(Math.max(...worse));
  });

  it('never worse: no clawback and more pay every month says so', () => {
    const { flip } = flipOf(plan([beta(20_000_000, 0), { ...beta(15_000_000, 0), id: 'gamma', company: 'Gamma' }]));
    expect(flip).toMatchObject({ status: 'neverWorse', lastWorseMonth: null, worseRanges: [] });
  });

  it('when staying at the current job leads there is no new job to leave', () => {
    const current: Offer = { ...beta(30_000_000, 0), id: 'now', company: 'Now', kind: 'currentJob' };
    const { flip } = flipOf(plan([alpha(), current]));
    expect(flip?.status).toBe('stayingLeads');
  });

  it('nothing to flip with a single offer', () => {
    expect(flipOf(plan([alpha()])).flip).toBeNull();
  });
});
