import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { comparisonAfterTax } from '../../../shared/offer-tax/comparison-after-tax';
import { compareOffers } from '../../../shared/offers/compare-offers';
import { leadingOffer, type LeadingOffer } from '../../../shared/overview/leading-offer';
import type { Offer } from '../../../shared/offers/offer-schema';
import { usePlanner } from '../../store';

/** The comparison as the Offers screen computes it, and who leads on its basis. */
export function useLeadingOffer(): { leading: LeadingOffer; offers: readonly Offer[] } {
  const { offers, settings, homeCurrency, taxByOffer } = usePlanner(
    useShallow((s) => ({ offers: s.document!.offers, settings: s.document!.comparison, homeCurrency: s.document!.profile.homeCurrency, taxByOffer: s.document!.taxByOffer })),
  );
  return useMemo(() => {
    const active = offers.filter((offer) => !offer.isArchived);
    const afterTaxFor = comparisonAfterTax(taxByOffer, { horizonYears: settings.horizonYears, homeCurrency, rates: settings.fx.rates, costOfLiving: settings.costOfLiving });
    return { leading: leadingOffer(compareOffers(active, settings, homeCurrency, afterTaxFor)), offers: active };
  }, [offers, settings, homeCurrency, taxByOffer]);
}
