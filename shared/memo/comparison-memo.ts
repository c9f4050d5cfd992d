import { offerAfterTax } from '../offer-tax/comparison-after-tax';
import { offerTakeHome, type OfferTakeHome, type TakeHomeContext } from '../offer-tax/offer-take-home';
import { takeHomeContextOf } from '../offer-tax/take-home-context';
import { compareOffers, type OfferComparison, type OfferComparisonEntry } from '../offers/compare-offers';
import type { Offer } from '../offers/offer-schema';
import type { ComparisonSettings } from '../offers/schema';
import type { PlanDocument } from '../plan/plan-schema';
import { effectiveTaxByOffer } from '../residency/offer-residence';
import type { TaxSettings } from '../tax/schema';
import { byValue, createOfferMemo } from './offer-memo';

export type ComparedDocument = Pick<PlanDocument, 'offers' | 'comparison' | 'profile' | 'taxByOffer' | 'residency'>;

/** The comparison settings one offer's figures depend on: all but the rate table (read pair by pair) and the criteria. */
function perOfferSettings(settings: ComparisonSettings): unknown[] {
  return Object.keys(settings)
    .filter((key) => key !== 'fx' && key !== 'criteria' && key !== 'scores')
    .sort()
    .map((key) => settings[key as keyof ComparisonSettings]);
}

const contextDeps = (context: TakeHomeContext) => [context.horizonYears, context.homeCurrency, context.costOfLiving, context.usPerson ?? null];

export interface ComparisonMemo {
  /** The same as comparePlan(document): each offer's figures are computed once per change of what they depend on. */
  compare(document: ComparedDocument): OfferComparison;
  /** The same as offerTakeHome, remembered per offer (the comparison's after-tax rows and its take-home tables share it). */
  takeHome(offer: Offer, settings: TaxSettings | null, context: TakeHomeContext): OfferTakeHome;
  /** The plan's tax settings with the trip log applied (effectiveTaxByOffer), recomputed only when its inputs change. */
  effectiveTax(document: Pick<PlanDocument, 'offers' | 'taxByOffer' | 'residency'>): Readonly<Record<string, TaxSettings>>;
  readonly stats: { entries: { hits: number; misses: number }; takeHome: { hits: number; misses: number } };
}

/**
 * A memo of the offers comparison (issue 16): a keystroke in one offer recomputes that offer only, an edited
 * exchange rate recomputes only the offers that converted through it, and leaving and reopening the
 * comparison computes nothing. The results are exactly comparePlan's (tests/unit/shared/memo).
 */
export function createComparisonMemo(): ComparisonMemo {
  const entries = createOfferMemo<Omit<OfferComparisonEntry, 'criteria'>>();
  const takeHomes = createOfferMemo<OfferTakeHome>();
  let lastTax: { offers: unknown; taxByOffer: unknown; residency: unknown; value: Readonly<Record<string, TaxSettings>> } | null = null;

  const takeHome = (offer: Offer, settings: TaxSettings | null, context: TakeHomeContext) =>
    takeHomes.get(offer, [byValue(settings), ...contextDeps(context)], context.rates, () => offerTakeHome(offer, settings, context));

  const effectiveTax: ComparisonMemo['effectiveTax'] = (document) => {
    if (lastTax && lastTax.offers === document.offers && lastTax.taxByOffer === document.taxByOffer && lastTax.residency === document.residency) return lastTax.value;
    const value = effectiveTaxByOffer(document);
    lastTax = { offers: document.offers, taxByOffer: document.taxByOffer, residency: document.residency, value };
    return value;
  };

  const compare = (document: ComparedDocument): OfferComparison => {
    const settings = document.comparison;
    const homeCurrency = document.profile.homeCurrency;
    const context = takeHomeContextOf(document);
    const taxByOffer = effectiveTax(document);
    const afterTaxFor = (offer: Offer) => {
      const tax = taxByOffer[offer.id];
      return !tax || tax.model === 'none' ? null : offerAfterTax(takeHome(offer, tax, context));
    };
    const shared = [homeCurrency, context.usPerson, ...perOfferSettings(settings)];
    const entryFor = (offer: Offer) =>
      entries.get(offer, [byValue(taxByOffer[offer.id] ?? null), ...shared], settings.fx.rates, () => {
        // One offer on its own: its entry does not depend on the others (only its criteria rank does).
        const { criteria: _criteria, ...entry } = compareOffers([offer], settings, homeCurrency, afterTaxFor).entries[0]!;
        return entry;
      });
    const active = document.offers.filter((offer) => !offer.isArchived);
    return compareOffers(active, settings, homeCurrency, afterTaxFor, { entryFor, onEntry: () => {} });
  };

  return { compare, takeHome, effectiveTax, stats: { entries: entries.stats, takeHome: takeHomes.stats } };
}
