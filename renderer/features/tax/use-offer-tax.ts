import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { offerTakeHome, type OfferTakeHome } from '../../../shared/offer-tax/offer-take-home';
import { takeHomeContextOf } from '../../../shared/offer-tax/take-home-context';
import type { Offer } from '../../../shared/offers/offer-schema';
import type { PlanDocument } from '../../../shared/plan/plan-schema';
import { offerResidenceAnswer, effectiveTaxByOffer } from '../../../shared/residency/offer-residence';
import type { TaxResidenceAnswer } from '../../../shared/residency/tax-residence';
import { TaxSettingsSchema, type TaxSettings } from '../../../shared/tax/schema';
import { usePlanner } from '../../store';

/** Take-home of one offer from the saved document: derived, never stored. */
export function computeOfferTakeHome(document: PlanDocument, offer: Offer): OfferTakeHome {
  return offerTakeHome(offer, effectiveTaxByOffer(document)[offer.id] ?? null, takeHomeContextOf(document));
}

export interface OfferTaxState {
  offer: Offer | undefined;
  stored: TaxSettings | null;
  citizenship: string | null;
  takeHome: OfferTakeHome | null;
  horizonYears: number;
  /** The trip log's answer on China residence, when the log decides it (issue 13); null otherwise. */
  residenceFromLog: TaxResidenceAnswer | null;
}

export function useOfferTax(offerId: string): OfferTaxState {
  const { document, offer } = usePlanner(
    useShallow((s) => ({ document: s.document, offer: s.document?.offers.find((item) => item.id === offerId) })),
  );
  const stored = document?.taxByOffer[offerId] ?? null;
  const takeHome = useMemo(() => (document && offer ? computeOfferTakeHome(document, offer) : null), [document, offer]);
  const residenceFromLog = useMemo(
    () => (document && offer && document.residency?.stays.length ? offerResidenceAnswer(offer, stored, document.residency) : null),
    [document, offer, stored],
  );
  return {
    offer,
    stored,
    citizenship: document?.profile.citizenship ?? null,
    takeHome,
    horizonYears: document?.comparison.horizonYears ?? 1,
    residenceFromLog,
  };
}

/**
 * Writes an offer's tax settings only when the whole object passes the schema; returns false (and writes
 * nothing) otherwise, so an invalid combination can never reach the saved plan. null removes the entry
 * (the offer is then compared before tax).
 */
export function useSaveTaxSettings(offerId: string): (next: TaxSettings | null) => boolean {
  const editDocument = usePlanner((s) => s.editDocument);
  return (next) => {
    if (next === null) {
      editDocument((d) => {
        const rest = { ...d.taxByOffer };
        delete rest[offerId];
        return { ...d, taxByOffer: rest };
      });
      return true;
    }
    const parsed = TaxSettingsSchema.safeParse(next);
    if (!parsed.success) return false;
    editDocument((d) => (d.offers.some((o) => o.id === offerId) ? { ...d, taxByOffer: { ...d.taxByOffer, [offerId]: parsed.data } } : d));
    return true;
  };
}
