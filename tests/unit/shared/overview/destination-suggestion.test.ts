import { describe, expect, it } from 'vitest';
import { createEmptyOffer } from '../../../../shared/offers/create-empty-offer';
import type { Offer } from '../../../../shared/offers/offer-schema';
import { suggestDestination } from '../../../../shared/overview/destination-suggestion';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';

function offer(id: string, country: string, extra: Partial<Offer> = {}): Offer {
  return { ...createEmptyOffer(id, '2027-01-01'), company: `Company ${id}`, country, ...extra };
}

function planWith(offers: Offer[], destinationCountry: string | null = null) {
  const plan = createEmptyPlan();
  return { ...plan, move: { ...plan.move, destinationCountry }, offers };
}

describe('suggestDestination', () => {
  it('suggests China when all three open offers are there, however the country was typed', () => {
    const plan = planWith([offer('a', 'China'), offer('b', '中国'), offer('c', 'cn')]);
    expect(suggestDestination(plan)).toEqual({ country: 'CN', offerCount: 3 });
  });

  it('leaves out the current job and archived, declined and expired offers', () => {
    const plan = planWith([
      offer('now', 'US', { kind: 'currentJob' }),
      offer('a', 'China'),
      offer('old', 'SG', { isArchived: true }),
      offer('no', 'HK', { status: 'declined' }),
      offer('late', 'JP', { status: 'expired' }),
    ]);
    expect(suggestDestination(plan)).toEqual({ country: 'CN', offerCount: 1 });
  });

  it('suggests nothing when the offers are in two countries, a country is unreadable, or a destination is set', () => {
    expect(suggestDestination(planWith([offer('a', 'China'), offer('b', 'SG')]))).toBeNull();
    expect(suggestDestination(planWith([offer('a', 'China'), offer('b', 'Middle Kingdom')]))).toBeNull();
    expect(suggestDestination(planWith([offer('a', '')]))).toBeNull();
    expect(suggestDestination(planWith([offer('a', 'China')], 'SG'))).toBeNull();
    expect(suggestDestination(planWith([]))).toBeNull();
  });
});
