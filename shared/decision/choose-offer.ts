import { createChecklistFromTemplate, type IdFactory } from '../checklists/create-checklist';
import { nextChecklistOrder } from '../checklists/reorder';
import { findTemplate } from '../checklists/templates/index';
import type { IsoDate } from '../dates/iso-date';
import { destinationCountryOf } from '../geo/offer-country';
import type { Offer } from '../offers/offer-schema';
import type { PlanDocument } from '../plan/plan-schema';

/** The checklist template for an offer's visa route (China Z, R or K); null for other routes. */
export const ROUTE_TEMPLATES: Readonly<Record<string, string>> = {
  'china-z': 'china-work-z-visa',
  'china-r': 'china-r-visa',
  'china-k': 'china-k-visa',
};

export function routeTemplateId(offer: Pick<Offer, 'visaRoute'>): string | null {
  return offer.visaRoute ? (ROUTE_TEMPLATES[offer.visaRoute] ?? null) : null;
}

export { destinationCountryOf } from '../geo/offer-country';

export interface ChooseOfferOptions {
  /** Create the route's checklist when the plan has none from that template yet. */
  createChecklist: boolean;
  today: IsoDate;
  newId: IdFactory;
}

/**
 * "Choose this offer" as ONE new document (one store change, one undo step):
 * - the move's destination country and city and the target start date become the offer's;
 * - the offer is marked accepted, so its decision deadline is done (the timeline lists only open offers); an
 *   offer accepted before (choosing again, another one) is set back to considering;
 * - the "offer accepted" checklist anchor is set to today;
 * - with createChecklist, the checklist of the offer's route is created unless one from that template exists.
 * Checklists read the start and move dates from `move`, so existing ones re-anchor to the new dates by
 * themselves. A current job cannot be chosen (there is nothing to move to).
 */
export function chooseOffer(document: PlanDocument, offerId: string, options: ChooseOfferOptions): PlanDocument | null {
  const offer = document.offers.find((item) => item.id === offerId);
  if (!offer || offer.kind === 'currentJob') return null;
  const templateId = routeTemplateId(offer);
  const template = templateId ? findTemplate(templateId) : undefined;
  const lists = document.checklists.checklists;
  const hasList = template ? lists.some((checklist) => checklist.templateId === template.id && !checklist.archived) : true;
  const created = options.createChecklist && template && !hasList ? [createChecklistFromTemplate(template, options.newId, options.today, nextChecklistOrder(lists))] : [];
  return {
    ...document,
    move: {
      ...document.move,
      destinationCountry: destinationCountryOf(offer) ?? document.move.destinationCountry,
      destinationCity: offer.city.trim() || document.move.destinationCity,
      targetStartDate: offer.startDate,
    },
    // Any offer can be chosen, not only the best; one chosen earlier goes back to "considering" (one accepted offer at a time).
    offers: document.offers.map((item) => {
      if (item.id === offerId) return { ...item, status: 'accepted' as const };
      return item.status === 'accepted' && item.kind !== 'currentJob' ? { ...item, status: 'considering' as const } : item;
    }),
    checklists: {
      ...document.checklists,
      anchors: { ...document.checklists.anchors, 'offer-accepted': options.today },
      checklists: [...lists, ...created],
    },
  };
}

/** Whether choosing would create a checklist (to offer it), or there is one already to re-anchor. */
export function chooseOfferChecklist(document: PlanDocument, offer: Offer): 'create' | 'reanchor' | 'none' {
  const templateId = routeTemplateId(offer);
  if (!templateId) return document.checklists.checklists.length > 0 ? 'reanchor' : 'none';
  return document.checklists.checklists.some((checklist) => checklist.templateId === templateId && !checklist.archived) ? 'reanchor' : 'create';
}
