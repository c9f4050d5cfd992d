import { beforeEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../../../shared/dates/iso-date';
import { hasEnteredAmounts } from '../../../../shared/offers/offer-schema';
import { createEmptyOffer } from '../../../../shared/offers/schema';
import { createEmptyPlan } from '../../../../shared/plan/plan-schema';
import { usePlanner } from '../../../../renderer/store/index';

const state = () => usePlanner.getState();
const offerById = (id: string | null) => state().document!.offers.find((offer) => offer.id === id)!;

describe('offers slice: a new offer', () => {
  beforeEach(() => {
    usePlanner.setState({ document: null, revision: 0 });
    state().planLoaded(createEmptyPlan(), { mode: 'normal', dataDir: '/tmp/x', planFile: '/tmp/x/plan.json' });
  });

  it('starts today when the plan has no target start date', () => {
    expect(offerById(state().addOffer({ company: 'A', currency: 'CNY' })).startDate).toBe(todayIso());
  });

  it('starts on the plan’s target start date when it is set', () => {
    state().editDocument((d) => ({ ...d, move: { ...d.move, targetStartDate: '2027-09-01' } }));
    expect(offerById(state().addOffer({ company: 'B', currency: 'USD' })).startDate).toBe('2027-09-01');
  });
});

describe('hasEnteredAmounts', () => {
  it('is false for a new offer and true once any amount is typed', () => {
    const offer = createEmptyOffer('o', '2027-01-01', 'CNY');
    expect(hasEnteredAmounts(offer)).toBe(false);
    expect(hasEnteredAmounts({ ...offer, base: { ...offer.base, amountMinor: 1 } })).toBe(true);
    expect(hasEnteredAmounts({ ...offer, relocation: { ...offer.relocation, amountMinor: 5 } })).toBe(true);
  });
});
