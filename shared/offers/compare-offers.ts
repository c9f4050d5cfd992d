import { convertMinor, mulDivRound, type ConversionResult, type CurrencyCode } from '../money';
import type { Offer } from './offer-schema';
import type { ComparisonSettings, ComparisonView } from './settings-schema';
import { COMPONENT_KEYS, offerBreakdown, type ComponentAmounts, type ComponentKey, type OfferBreakdown } from './breakdown';
import { convertBreakdown, type ConvertedBreakdown } from './convert-breakdown';
import { fxWhatIf, type FxWhatIf } from './fx-what-if';
import { costOfLeaving, type CostOfLeaving } from './cost-of-leaving';
import { leftAfterLivingCosts, type LivingCostResult } from './living-costs';
import { rankByCriteria, type CriteriaRank } from './criteria-rank';
import { findCloseCalls } from './close-call';
import { bestIds } from './best-per-row';

export interface OfferComparisonEntry {
  offer: Offer;
  /** In the offer's own currency. */
  breakdown: OfferBreakdown;
  /** In the home currency, or the missing rate. */
  home: ConvertedBreakdown;
  /** The row the current view shows (first year or average per year), home currency; null if no rate. */
  shown: ComponentAmounts | null;
  /** The horizon total at the entered rate and moved by -/+ the what-if percent. */
  whatIf: FxWhatIf;
  costOfLeaving: CostOfLeaving;
  costOfLeavingHome: ConversionResult;
  livingCosts: LivingCostResult;
  /** Left after living costs for the current view (year 1, or the average), home currency; null if unknown. */
  leftShownHome: number | null;
  criteria: CriteriaRank;
  /** After-tax figures when the offer has tax settings (a model other than "none"); null: compared before tax. */
  afterTax: OfferAfterTax | null;
  /** Tax and take-home for the current view (year 1, or the average), home currency; null if not computed. */
  shownAfterTax: AfterTaxFigures | null;
  /** What leftShownHome was taken from: take-home for an offer with tax settings, gross otherwise. */
  leftBasis: 'takeHome' | 'gross';
}

/** Tax (income tax plus employee contributions), take-home and what is left after living costs. */
export interface AfterTaxFigures {
  readonly taxMinor: number;
  readonly takeHomeMinor: number;
  /** null: no living costs entered for the city (or a rate is missing). */
  readonly leftMinor: number | null;
}

/**
 * An offer's after-tax figures, supplied by shared/offer-tax (see comparisonAfterTax there). They come in as
 * data so that the offers comparison does not depend on the tax engine.
 */
export interface OfferAfterTax {
  /** Per offer year in the offer's currency; null where tax could not be computed. */
  readonly years: readonly (AfterTaxFigures | null)[];
  readonly horizon: AfterTaxFigures | null;
  /** The same in the home currency; null also where a rate is missing. */
  readonly yearsHome: readonly (AfterTaxFigures | null)[];
  readonly horizonHome: AfterTaxFigures | null;
  /** Why some figure is missing: no exchange rate, or the tax could not be computed (see the After tax section). */
  readonly problem: 'missingRate' | 'notComputed' | null;
}

export type AfterTaxFor = (offer: Offer) => OfferAfterTax | null;

export type BestRowKey = ComponentKey | 'total' | 'tax' | 'takeHome' | 'horizonTotal' | 'costOfLeaving' | 'leftAfterLivingCosts' | 'criteria';

export interface OfferComparison {
  homeCurrency: CurrencyCode;
  horizonYears: number;
  view: ComparisonView;
  fxAsOf: string;
  entries: OfferComparisonEntry[];
  /** Whether any offer has tax settings: the table then shows tax and take-home rows. */
  hasAfterTax: boolean;
  /** Whether "left after living costs" mixes take-home and gross figures (no best mark then: they do not compare). */
  hasMixedLeftBasis: boolean;
  /** Whether the person has entered non-money criteria; without any there is no rank to show. */
  hasCriteria: boolean;
  /** Pairs of offers whose shown totals are within 2 % of each other. */
  closeCalls: [string, string][];
  /** The offers holding the best value of each table row (lowest for cost of leaving). */
  best: Record<BestRowKey, string[]>;
}

function shownAfterTax(afterTax: OfferAfterTax, view: ComparisonView, horizonYears: number): AfterTaxFigures | null {
  if (view === 'firstYear') return afterTax.yearsHome[0] ?? null;
  const total = afterTax.horizonHome;
  if (!total) return null;
  const average = (amountMinor: number) => mulDivRound(amountMinor, 1, horizonYears);
  return {
    taxMinor: average(total.taxMinor),
    takeHomeMinor: average(total.takeHomeMinor),
    leftMinor: total.leftMinor === null ? null : average(total.leftMinor),
  };
}

function shownRow(breakdown: OfferBreakdown, view: ComparisonView): ComponentAmounts | null {
  return view === 'firstYear' ? (breakdown.years[0] ?? null) : breakdown.averagePerYear;
}

export interface CompareOffersCache {
  /** A previously computed entry for this offer (same offer, tax and settings), or null to compute it. */
  entryFor(offer: Offer): Omit<OfferComparisonEntry, 'criteria'> | null;
  /** Called with every entry computed or reused, so the caller can keep them for the next call. */
  onEntry(offer: Offer, entry: Omit<OfferComparisonEntry, 'criteria'>): void;
}

/**
 * Everything the comparison screen, printout and CSV show, computed from the saved offers and settings.
 * Derived, never stored. The caller decides which offers take part (for example, not the archived ones).
 */
export function compareOffers(
  offers: readonly Offer[],
  settings: ComparisonSettings,
  homeCurrency: CurrencyCode,
  afterTaxFor: AfterTaxFor = () => null,
  cache?: CompareOffersCache,
): OfferComparison {
  const ranks = rankByCriteria(
    offers.map((offer) => offer.id),
    settings.criteria,
    settings.scores,
  );
  const entries = offers.map((offer, index): OfferComparisonEntry => {
    const criteria = ranks[index] ?? { offerId: offer.id, scoreHundredths: 0, rank: 1, missingScores: 0 };
    const cached = cache?.entryFor(offer) ?? null;
    const entry = cached ?? offerEntry(offer, settings, homeCurrency, afterTaxFor);
    cache?.onEntry(offer, entry);
    return { ...entry, criteria };
  });
  return assemble(entries, settings, homeCurrency);
}

/** One offer's figures (everything but its criteria rank, which depends on the other offers). */
function offerEntry(offer: Offer, settings: ComparisonSettings, homeCurrency: CurrencyCode, afterTaxFor: AfterTaxFor): Omit<OfferComparisonEntry, 'criteria'> {
  const { horizonYears, view, fx } = settings;
  const breakdown = offerBreakdown(offer, horizonYears);
  const home = convertBreakdown(breakdown, homeCurrency, fx.rates);
  const leaving = costOfLeaving(offer, settings.leaveMonth);
  const livingCosts = leftAfterLivingCosts(offer, breakdown, settings.costOfLiving, fx.rates);
  const afterTax = afterTaxFor(offer);
  const shownTaxed = afterTax ? shownAfterTax(afterTax, view, horizonYears) : null;
  let leftShownHome: number | null = null;
  if (afterTax) {
    // After tax the living costs come out of take-home, not gross (shared/offer-tax computes it).
    leftShownHome = livingCosts.ok ? (shownTaxed?.leftMinor ?? null) : null;
  } else if (livingCosts.ok) {
    const lefts = livingCosts.years.map((year) => year.left);
    const leftShown = view === 'firstYear' ? (lefts[0] ?? 0) : mulDivRound(lefts.reduce((a, b) => a + b, 0), 1, horizonYears);
    const converted = convertMinor(leftShown, offer.currency, homeCurrency, fx.rates);
    leftShownHome = converted.ok ? converted.amountMinor : null;
  }
  return {
    offer,
    breakdown,
    home,
    shown: home.ok ? shownRow(home.breakdown, view) : null,
    whatIf: fxWhatIf(breakdown.horizonTotal.total, offer.currency, homeCurrency, fx.rates, settings.whatIfBp),
    costOfLeaving: leaving,
    costOfLeavingHome: convertMinor(leaving.total, offer.currency, homeCurrency, fx.rates),
    livingCosts,
    leftShownHome,
    afterTax,
    shownAfterTax: shownTaxed,
    leftBasis: afterTax ? 'takeHome' : 'gross',
  };
}

function assemble(entries: OfferComparisonEntry[], settings: ComparisonSettings, homeCurrency: CurrencyCode): OfferComparison {
  const { horizonYears, view, fx } = settings;
  const column = (pick: (entry: OfferComparisonEntry) => number | null) =>
    entries.map((entry) => ({ id: entry.offer.id, amountMinor: pick(entry) }));
  const best = {} as Record<BestRowKey, string[]>;
  for (const key of [...COMPONENT_KEYS, 'total'] as const) best[key] = bestIds(column((entry) => entry.shown?.[key] ?? null));
  best.horizonTotal = bestIds(column((entry) => (entry.home.ok ? entry.home.breakdown.horizonTotal.total : null)));
  best.costOfLeaving = bestIds(
    column((entry) => (entry.costOfLeavingHome.ok ? entry.costOfLeavingHome.amountMinor : null)),
    'lower',
  );
  // Tax is not marked: a lower tax on a lower salary is no win. Take-home is.
  best.tax = [];
  best.takeHome = bestIds(column((entry) => entry.shownAfterTax?.takeHomeMinor ?? null));
  const leftBases = new Set(entries.filter((entry) => entry.leftShownHome !== null).map((entry) => entry.leftBasis));
  const hasMixedLeftBasis = leftBases.size > 1;
  best.leftAfterLivingCosts = hasMixedLeftBasis ? [] : bestIds(column((entry) => entry.leftShownHome));
  const hasCriteria = settings.criteria.length > 0;
  best.criteria = hasCriteria ? bestIds(column((entry) => entry.criteria.scoreHundredths)) : [];
  return {
    homeCurrency,
    horizonYears,
    view,
    fxAsOf: fx.asOf,
    entries,
    hasAfterTax: entries.some((entry) => entry.afterTax !== null),
    hasMixedLeftBasis,
    hasCriteria,
    closeCalls: findCloseCalls(column((entry) => entry.shown?.total ?? null)),
    best,
  };
}
