import { describe, expect, it } from 'vitest';
import { comparePlan, decisionAnalysis } from '../../../../shared/decision';
import { offerBreakdown } from '../../../../shared/offers/breakdown';
import { costOfLeaving } from '../../../../shared/offers/cost-of-leaving';
import { currentGrantVests, monthsAfter } from '../../../../shared/offers/current-job';
import { offerSchema, type Offer } from '../../../../shared/offers/schema';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { offerB, rsu } from '../offers/fixtures';

const MOVE = '2027-03-01';

/** The issue's case: RSU 400,000 USD granted 2025-03-01, 4 years, yearly (12-month cliff), move 2027-03-01. */
function currentJob(overrides: Partial<Offer> = {}): Offer {
  return {
    ...offerB(),
    id: 'current',
    kind: 'currentJob',
    company: 'Seattle Cloud',
    startDate: MOVE,
    base: { kind: 'annual', amountMinor: 21_000_000, monthsPerYear: 12, yearlyRaiseBp: 0 },
    bonus: { kind: 'percentOfBase', targetBp: 1_500, fixedMinor: 0 },
    equity: [rsu(40_000_000, { grantDate: '2025-03-01' })],
    ...overrides,
  };
}

describe('the current job as the baseline', () => {
  it('grant 2025-03-01, yearly over 4 years, move 2027-03-01: 50 % vested before (not counted), 50 % counted for staying', () => {
    const grant = currentJob().equity[0]!;
    const { vestedBefore, counted } = currentGrantVests(MOVE, grant, 0);
    // Vests on 2026-03-01 and 2027-03-01 (the move date itself: already received) = 2 x 100,000.
    expect(vestedBefore.map((v) => v.valueMinor)).toEqual([10_000_000, 10_000_000]);
    expect(vestedBefore.map((v) => v.month)).toEqual([-12, 0]);
    // Vests on 2028-03-01 and 2029-03-01 = months 12 and 24 after the move: years 1 and 2 of staying.
    expect(counted.map((v) => [v.month, v.valueMinor])).toEqual([
      [12, 10_000_000],
      [24, 10_000_000],
    ]);
    const breakdown = offerBreakdown(currentJob(), 4);
    expect(breakdown.years.map((y) => y.equity)).toEqual([10_000_000, 10_000_000, 0, 0]);
    expect(breakdown.horizonTotal.equity).toBe(20_000_000);
  });

  it('leaving forfeits the 50 % still to vest (200,000 USD), whatever the leave month setting', () => {
    const leaving = costOfLeaving(currentJob(), 12);
    expect(leaving.leaveMonth).toBe(0);
    expect(leaving.equityForfeited).toBe(20_000_000);
    expect(leaving.signOnOwed + leaving.relocationOwed).toBe(0);
  });

  it('no sign-on or relocation for a job already held (typed amounts kept, not counted); raises from the start', () => {
    const job = currentJob({ base: { kind: 'annual', amountMinor: 21_000_000, monthsPerYear: 12, yearlyRaiseBp: 300 } });
    expect(job.signOn.installments.length).toBeGreaterThan(0);
    const b = offerBreakdown(job, 4);
    expect(b.horizonTotal.signOn).toBe(0);
    expect(b.horizonTotal.relocation).toBe(0);
    // 210,000; x1.03 = 216,300; x1.03 = 222,789; x1.03 = 229,472.67
    expect(b.years.map((y) => y.base)).toEqual([21_000_000, 21_630_000, 22_278_900, 22_947_267]);
  });

  it('the same grant dates on a new offer are ignored (a new offer grants at its start)', () => {
    const offer = { ...currentJob(), kind: 'offer' as const };
    expect(offerBreakdown(offer, 4).years.map((y) => y.equity)).toEqual([10_000_000, 10_000_000, 10_000_000, 10_000_000]);
  });

  it('a vest part-way through a month counts in the next whole month after the move', () => {
    expect(monthsAfter('2027-03-01', '2027-03-15')).toBe(1);
    expect(monthsAfter('2027-03-15', '2027-04-10')).toBe(1);
    expect(monthsAfter('2027-03-01', '2028-03-01')).toBe(12);
    const grant = rsu(40_000_000, { grantDate: '2025-03-15' });
    expect(currentGrantVests(MOVE, grant, 0).counted.map((v) => v.month)).toEqual([1, 13, 25]);
  });

  it('a grant dated after the move date gets a message at the field', () => {
    const result = offerSchema.safeParse(currentJob({ equity: [rsu(1, { grantDate: '2027-06-01' })] }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ message: 'offers.validation.grantDateAfterStart', path: ['equity', 0, 'grantDate'] });
  });

  it('in the comparison the current job carries only what vests after the move', () => {
    const base = createEmptyPlan();
    const comparison = comparePlan({ ...base, offers: [currentJob()] });
    // 4 x (210,000 + 31,500) + 200,000 = 1,166,000 USD
    expect(comparison.entries[0]?.home.ok && comparison.entries[0].home.breakdown.horizonTotal.total).toBe(116_600_000);
  });

  it('leaving also forfeits the bonus not yet paid (the year-1 bonus), shown beside the equity and not counted twice', () => {
    // The bonus is paid at the end of each year: leaving on the move date forfeits year 1's 15 % x 210,000 = 31,500.
    const leaving = costOfLeaving(currentJob(), 12);
    expect(leaving.bonusForfeited).toBe(3_150_000);
    // 200,000 of equity + 31,500 of bonus = 231,500.
    expect(leaving.total).toBe(23_150_000);
    // A new offer left at month 12 forfeits no bonus here (its cost of leaving is clawbacks and equity).
    expect(costOfLeaving({ ...currentJob(), kind: 'offer' }, 12).bonusForfeited).toBe(0);

    const base = createEmptyPlan();
    const newOffer: Offer = { ...offerB(), id: 'new', company: 'New Co', equity: [] };
    const document = { ...base, offers: [currentJob(), newOffer] };
    const comparison = comparePlan(document);
    const analysis = decisionAnalysis(document, comparison);
    expect(analysis.baseline).toMatchObject({ currentJobId: 'current', forfeitedEquityMinor: 20_000_000, forfeitedBonusMinor: 3_150_000, forfeitedTotalMinor: 23_150_000 });
    // Not counted twice: staying's total is still 4 x 241,500 + 200,000 = 1,166,000 (the bonus is in it once a year).
    expect(analysis.verdict.ranking.find((row) => row.offerId === 'current')?.totalMinor).toBe(116_600_000);
  });
});
