import type { StateCreator } from 'zustand';
import type { CurrencyCode } from '../../shared/money';
import { todayIso } from '../../shared/dates/iso-date';
import type { ComparisonSettings, Offer } from '../../shared/offers/schema';
import type { OfferSortKey } from '../../shared/offers/offer-list';
import { hasPassedCheck } from '../../shared/offers/passed-checks';
import { editTools } from './edit-tools';
import type { PlannerState } from './planner-state';

export type OffersScreen = { kind: 'list' } | { kind: 'edit'; offerId: string } | { kind: 'compare' };

/**
 * Actions of the offers feature. They change the plan only through editDocument, so autosave sees every edit.
 * The offers screen loads with the edit checks (./edit-tools), which these use.
 */
export interface OffersSlice {
  offersScreen: OffersScreen;
  offersSort: OfferSortKey;
  isShowingArchivedOffers: boolean;
  showOffersScreen(screen: OffersScreen): void;
  setOffersSort(key: OfferSortKey): void;
  setShowingArchivedOffers(isShowing: boolean): void;
  /** Adds a valid offer (the company is required) and returns its id, or null if the fields are invalid. */
  addOffer(fields: Pick<Offer, 'company' | 'currency'>): string | null;
  /** Applies an edit only if the result passes the offer schema; returns whether it was saved. */
  updateOffer(offerId: string, edit: (offer: Offer) => Offer): boolean;
  duplicateOffer(offerId: string, companySuffix: string): string | null;
  setOfferArchived(offerId: string, isArchived: boolean): void;
  deleteOffer(offerId: string): void;
  /** Applies an edit only if the settings still pass their schema; returns whether it was saved. */
  updateComparison(edit: (settings: ComparisonSettings) => ComparisonSettings): boolean;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

export const createOffersSlice: StateCreator<PlannerState, [], [], OffersSlice> = (set, get) => ({
  offersScreen: { kind: 'list' },
  offersSort: 'company',
  isShowingArchivedOffers: false,
  showOffersScreen: (offersScreen) => set({ offersScreen }),
  setOffersSort: (offersSort) => set({ offersSort }),
  setShowingArchivedOffers: (isShowingArchivedOffers) => set({ isShowingArchivedOffers }),
  addOffer: (fields) => {
    const currency: CurrencyCode = fields.currency;
    // A new offer usually starts when the move plan says the job starts; today only when no date is set.
    const startDate = get().document?.move.targetStartDate ?? todayIso();
    const { createEmptyOffer, offerSchema } = editTools();
    const offer = { ...createEmptyOffer(crypto.randomUUID(), startDate, currency), company: fields.company.trim() };
    if (!offerSchema.safeParse(offer).success) return null;
    get().editDocument((d) => ({ ...d, offers: [...d.offers, offer] }));
    return offer.id;
  },
  updateOffer: (offerId, edit) => {
    const current = get().document?.offers.find((offer) => offer.id === offerId);
    if (!current) return false;
    const next = edit(current);
    // An offer the field's own check just passed (shared/offers/validate-edit.ts) need not be parsed again.
    if (!hasPassedCheck(next) && !editTools().offerSchema.safeParse(next).success) return false;
    get().editDocument((d) => ({ ...d, offers: d.offers.map((offer) => (offer.id === offerId ? next : offer)) }));
    return true;
  },
  duplicateOffer: (offerId, companySuffix) => {
    const document = get().document;
    const index = document?.offers.findIndex((offer) => offer.id === offerId) ?? -1;
    const original = document?.offers[index];
    if (!document || !original) return null;
    const copy = editTools().duplicateOffer(original, crypto.randomUUID(), companySuffix);
    const tax = document.taxByOffer[offerId];
    const scores = document.comparison.scores[offerId];
    get().editDocument((d) => ({
      ...d,
      offers: [...d.offers.slice(0, index + 1), copy, ...d.offers.slice(index + 1)],
      taxByOffer: tax ? { ...d.taxByOffer, [copy.id]: structuredClone(tax) } : d.taxByOffer,
      comparison: scores ? { ...d.comparison, scores: { ...d.comparison.scores, [copy.id]: { ...scores } } } : d.comparison,
    }));
    return copy.id;
  },
  setOfferArchived: (offerId, isArchived) => {
    get().updateOffer(offerId, (offer) => ({ ...offer, isArchived }));
  },
  deleteOffer: (offerId) => {
    if (!get().document?.offers.some((offer) => offer.id === offerId)) return;
    // Undo (the store's history) brings it back with these. Tax settings must go with the offer: the document refuses tax settings for an offer it does not hold.
    get().editDocument((d) => ({
      ...d,
      offers: d.offers.filter((item) => item.id !== offerId),
      taxByOffer: without(d.taxByOffer, offerId),
      comparison: { ...d.comparison, scores: without(d.comparison.scores, offerId) },
    }));
    const screen = get().offersScreen;
    if (screen.kind === 'edit' && screen.offerId === offerId) set({ offersScreen: { kind: 'list' } });
  },
  updateComparison: (edit) => {
    const current = get().document?.comparison;
    if (!current) return false;
    const next = edit(current);
    if (!hasPassedCheck(next) && !editTools().comparisonSettingsSchema.safeParse(next).success) return false;
    get().editDocument((d) => ({ ...d, comparison: next }));
    return true;
  },
});
