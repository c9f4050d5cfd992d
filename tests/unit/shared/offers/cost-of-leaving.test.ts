import { describe, expect, it } from 'vitest';
import { clawbackOwed, costOfLeaving } from '../../../../shared/offers/cost-of-leaving';
import { offerA, offerB, rsu } from './fixtures';

describe('clawbacks', () => {
  it('repays in full before month M and nothing from month M on', () => {
    expect(clawbackOwed({ kind: 'full', untilMonth: 12 }, 50_000, 11)).toBe(50_000);
    expect(clawbackOwed({ kind: 'full', untilMonth: 12 }, 50_000, 12)).toBe(0);
    expect(clawbackOwed({ kind: 'none', untilMonth: 12 }, 50_000, 0)).toBe(0);
  });
  it('repays the unserved share pro rata', () => {
    expect(clawbackOwed({ kind: 'proRata', untilMonth: 24 }, 2_400_00, 6)).toBe(1_800_00);
    expect(clawbackOwed({ kind: 'proRata', untilMonth: 24 }, 2_400_00, 0)).toBe(2_400_00);
    expect(clawbackOwed({ kind: 'proRata', untilMonth: 3 }, 100, 1)).toBe(67); // 66.67 rounds half away from zero
    expect(clawbackOwed({ kind: 'proRata', untilMonth: 24 }, 2_400_00, 30)).toBe(0);
  });
});

describe('cost of leaving at month N', () => {
  it('owes sign-on and relocation clawbacks only on money already received', () => {
    const offer = offerB();
    offer.signOn = {
      installments: [
        { id: 'a', month: 0, amountMinor: 30_000_00 },
        { id: 'b', month: 12, amountMinor: 20_000_00 },
      ],
      clawback: { kind: 'proRata', untilMonth: 24 },
    };
    offer.relocation.clawback = { kind: 'full', untilMonth: 12 };
    const at6 = costOfLeaving(offer, 6);
    expect(at6.signOnOwed).toBe(22_500_00); // 30,000 x 18/24; the month-12 installment was never paid
    expect(at6.relocationOwed).toBe(15_000_00);
    const at12 = costOfLeaving(offer, 12);
    expect(at12.signOnOwed).toBe(25_000_00); // 50,000 x 12/24
    expect(at12.relocationOwed).toBe(0);
  });

  it('values forfeited unvested equity, including refreshers already granted', () => {
    const a = costOfLeaving(offerA(), 11);
    expect(a.equityForfeited).toBe(120_000_000);
    expect(costOfLeaving(offerA(), 12).equityForfeited).toBe(90_000_000);
    expect(costOfLeaving(offerA(), 48).equityForfeited).toBe(0);
    const offer = offerA();
    offer.equity = [rsu(4_000_00, { id: 'g', refresherYearlyMinor: 400_00 })];
    const at12 = costOfLeaving(offer, 12);
    expect(at12.grants).toEqual([
      { grantId: 'g', grantMonth: 0, isRefresher: false, forfeitedMinor: 3_000_00 },
      { grantId: 'g', grantMonth: 12, isRefresher: true, forfeitedMinor: 400_00 },
    ]);
    expect(at12.total).toBe(at12.signOnOwed + at12.relocationOwed + 3_400_00);
  });

  it('never forfeits anything negative for an option under water', () => {
    const offer = offerA();
    offer.equity = [rsu(0, { kind: 'option', shares: 10, strikeMinor: 500, priceMinor: 100 })];
    expect(costOfLeaving(offer, 0).equityForfeited).toBe(0);
  });
});
