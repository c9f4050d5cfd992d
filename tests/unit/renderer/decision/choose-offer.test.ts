import { beforeEach, describe, expect, it } from 'vitest';
import { usePlanner } from '../../../../renderer/store';
import { chooseOffer, chooseOfferChecklist } from '../../../../shared/decision/choose-offer';
import { planDocumentSchema, createEmptyPlan, type PlanDocument } from '../../../../shared/plan/plan-schema';
import { offerA, offerB } from '../../shared/offers/fixtures';

function plan(): PlanDocument {
  const base = createEmptyPlan();
  return {
    ...base,
    move: { ...base.move, targetStartDate: '2027-01-15', destinationCity: 'Somewhere' },
    offers: [
      { ...offerA(), visaRoute: 'china-z', decisionDeadline: '2026-12-20', startDate: '2027-03-01' },
      { ...offerB(), kind: 'currentJob' },
    ],
  };
}

beforeEach(() => {
  usePlanner.setState({ document: plan(), revision: 0, rejectedEdit: null, storage: null });
});

describe('"Choose this offer"', () => {
  it('is one store change that sets destination, start date, accepted status, anchor and the Z-visa checklist', () => {
    const changes: PlanDocument[] = [];
    const unsubscribe = usePlanner.subscribe((state, previous) => {
      if (state.document !== previous.document && state.document) changes.push(state.document);
    });
    const before = usePlanner.getState().document!;
    expect(chooseOfferChecklist(before, before.offers[0]!)).toBe('create');
    expect(usePlanner.getState().chooseOffer('offer-a', true)).toBe(true);
    unsubscribe();
    expect(changes).toHaveLength(1);
    expect(usePlanner.getState().revision).toBe(1);
    const after = changes[0]!;
    expect(planDocumentSchema.safeParse(after).success).toBe(true);
    expect(after.move).toMatchObject({ destinationCountry: 'CN', destinationCity: 'Shanghai', targetStartDate: '2027-03-01' });
    expect(after.offers[0]?.status).toBe('accepted');
    expect(after.checklists.anchors['offer-accepted']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(after.checklists.checklists.map((c) => c.templateId)).toEqual(['china-work-z-visa']);
    // Everything else is as it was, so putting the previous document back (one undo) restores the plan exactly.
    expect({ ...after, move: before.move, offers: before.offers, checklists: before.checklists }).toEqual(before);
  });

  it('without agreeing to a checklist, none is created; an existing one is kept and re-anchored through move', () => {
    const first = chooseOffer(plan(), 'offer-a', { createChecklist: false, today: '2026-12-01', newId: () => 'x' })!;
    expect(first.checklists.checklists).toEqual([]);
    let n = 0;
    const withList = chooseOffer(plan(), 'offer-a', { createChecklist: true, today: '2026-12-01', newId: () => `id-${n++}` })!;
    expect(chooseOfferChecklist(withList, withList.offers[0]!)).toBe('reanchor');
    const again = chooseOffer({ ...withList, offers: withList.offers.map((o) => (o.id === 'offer-a' ? { ...o, startDate: '2027-05-01' } : o)) }, 'offer-a', { createChecklist: true, today: '2026-12-01', newId: () => 'y' })!;
    expect(again.checklists.checklists).toHaveLength(1);
    expect(again.move.targetStartDate).toBe('2027-05-01');
  });

  it('any new offer can be chosen, not only the best: the one chosen before goes back to considering, in the same one change', () => {
    const third = { ...offerA(), id: 'offer-c', company: 'Beijing Labs', city: 'Beijing', startDate: '2027-06-01', visaRoute: 'china-z' };
    const document = plan();
    const first = chooseOffer({ ...document, offers: [...document.offers, third] }, 'offer-a', { createChecklist: false, today: '2026-12-01', newId: () => 'x' })!;
    const second = chooseOffer(first, 'offer-c', { createChecklist: false, today: '2026-12-01', newId: () => 'x' })!;
    expect(second.offers.map((o) => [o.id, o.status])).toEqual([
      ['offer-a', 'considering'],
      ['offer-b', 'considering'],
      ['offer-c', 'accepted'],
    ]);
    expect(second.move).toMatchObject({ destinationCity: 'Beijing', targetStartDate: '2027-06-01' });
  });

  it('choosing another offer through the store is one undo step back to the plan before it', () => {
    const third = { ...offerA(), id: 'offer-c', company: 'Beijing Labs', city: 'Beijing', startDate: '2027-06-01' };
    const before = { ...plan(), offers: [...plan().offers, third] };
    usePlanner.setState({ document: before, revision: 0 });
    usePlanner.temporal.getState().clear();
    expect(usePlanner.getState().chooseOffer('offer-c', false)).toBe(true);
    expect(usePlanner.getState().document?.move.destinationCity).toBe('Beijing');
    expect(usePlanner.getState().undo()).toBe(true);
    expect(usePlanner.getState().document).toEqual(before);
  });

  it('the current job cannot be chosen and nothing changes', () => {
    expect(usePlanner.getState().chooseOffer('offer-b', true)).toBe(false);
    expect(usePlanner.getState().revision).toBe(0);
  });

  it('decision settings outside their range are refused and nothing is saved', () => {
    expect(usePlanner.getState().updateDecision({ moneyWeightPercent: 101 })).toBe(false);
    expect(usePlanner.getState().document?.decision).toBeUndefined();
    expect(usePlanner.getState().updateDecision({ moneyWeightPercent: 60 })).toBe(true);
    expect(usePlanner.getState().document?.decision).toEqual({ moneyWeightPercent: 60 });
  });
});
