import { convertMinor, type CurrencyCode, type FxRate } from '../money';
import { daysBetween, type IsoDate } from '../dates/iso-date';
import { offerBreakdown } from './breakdown';
import { OFFER_STATUSES, type Offer } from './offer-schema';

export const OFFER_SORT_KEYS = ['company', 'status', 'deadline', 'firstYearTotal'] as const;
export type OfferSortKey = (typeof OFFER_SORT_KEYS)[number];

/** First-year total of an offer in the home currency, or null when no rate links the two currencies. */
export function firstYearTotalHome(offer: Offer, homeCurrency: CurrencyCode, rates: readonly FxRate[]): number | null {
  const firstYear = offerBreakdown(offer, 1).years[0]?.total ?? 0;
  const converted = convertMinor(firstYear, offer.currency, homeCurrency, rates);
  return converted.ok ? converted.amountMinor : null;
}

/**
 * The offers list in the chosen order. Company: alphabetical. Status: in the order an offer moves
 * (considering first). Deadline: soonest first, offers without one last. First-year total: highest first
 * in the home currency, offers whose rate is missing last. Ties keep the order the person entered them.
 */
export function sortOffers(
  offers: readonly Offer[],
  key: OfferSortKey,
  homeCurrency: CurrencyCode,
  rates: readonly FxRate[],
  locale = 'en',
): Offer[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const totals = new Map(key === 'firstYearTotal' ? offers.map((offer) => [offer.id, firstYearTotalHome(offer, homeCurrency, rates)]) : []);
  const compare = (a: Offer, b: Offer): number => {
    switch (key) {
      case 'company':
        return collator.compare(a.company, b.company);
      case 'status':
        return OFFER_STATUSES.indexOf(a.status) - OFFER_STATUSES.indexOf(b.status);
      case 'deadline':
        if (a.decisionDeadline === b.decisionDeadline) return 0;
        if (a.decisionDeadline === null) return 1;
        if (b.decisionDeadline === null) return -1;
        return a.decisionDeadline < b.decisionDeadline ? -1 : 1;
      case 'firstYearTotal': {
        const ta = totals.get(a.id) ?? null;
        const tb = totals.get(b.id) ?? null;
        if (ta === tb) return 0;
        if (ta === null) return 1;
        if (tb === null) return -1;
        return tb - ta;
      }
    }
  };
  return offers
    .map((offer, index) => ({ offer, index }))
    .sort((a, b) => compare(a.offer, b.offer) || a.index - b.index)
    .map((item) => item.offer);
}

/** Days from today to the decision deadline (negative once it has passed), or null without a deadline. */
export function daysToDeadline(offer: Pick<Offer, 'decisionDeadline'>, today: IsoDate): number | null {
  return offer.decisionDeadline === null ? null : daysBetween(today, offer.decisionDeadline);
}

/** A copy under a new id, not archived, named so the person can tell it apart; the company name stays within limits. */
export function duplicateOffer(offer: Offer, newId: string, companySuffix: string): Offer {
  const company = `${offer.company}${companySuffix}`;
  return structuredClone({ ...offer, id: newId, isArchived: false, company: company.length <= 200 ? company : offer.company });
}
