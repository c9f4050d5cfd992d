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
}

export type BestRowKey = ComponentKey | 'total' | 'horizonTotal' | 'costOfLeaving' | 'leftAfterLivingCosts' | 'criteria';

export interface OfferComparison {
  homeCurrency: CurrencyCode;
  horizonYears: number;
  view: ComparisonView;
  fxAsOf: string;
  entries: OfferComparisonEntry[];
  /** Pairs of offers whose shown totals are within 2 % of each other. */
  closeCalls: [string, string][];
  /** The offers holding the best value of each table row (lowest for cost of leaving). */
  best: Record<BestRowKey, string[]>;
}

function shownRow(breakdown: OfferBreakdown, view: ComparisonView): ComponentAmounts | null {
  return view === 'firstYear' ? (breakdown.years[0] ?? null) : breakdown.averagePerYear;
}

/**
 * Everything the comparison screen, printout and CSV show, computed from the saved offers and settings.
 * Derived, never stored. The caller decides which offers take part (for example, not the archived ones).
 */
export function compareOffers(offers: readonly Offer[], settings: ComparisonSettings, homeCurrency: CurrencyCode): OfferComparison {
  const { horizonYears, view, fx } = settings;
  const ranks = rankByCriteria(
    offers.map((offer) => offer.id),
    settings.criteria,
    settings.scores,
  );
  const entries = offers.map((offer, index): OfferComparisonEntry => {
    const breakdown = offerBreakdown(offer, horizonYears);
    const home = convertBreakdown(breakdown, homeCurrency, fx.rates);
    const leaving = costOfLeaving(offer, settings.leaveMonth);
    const livingCosts = leftAfterLivingCosts(offer, breakdown, settings.costOfLiving, fx.rates);
    let leftShownHome: number | null = null;
    if (livingCosts.ok) {
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
      criteria: ranks[index] ?? { offerId: offer.id, scoreHundredths: 0, rank: 1, missingScores: 0 },
    };
  });
  const column = (pick: (entry: OfferComparisonEntry) => number | null) =>
    entries.map((entry) => ({ id: entry.offer.id, amountMinor: pick(entry) }));
  const best = {} as Record<BestRowKey, string[]>;
  for (const key of [...COMPONENT_KEYS, 'total'] as const) best[key] = bestIds(column((entry) => entry.shown?.[key] ?? null));
  best.horizonTotal = bestIds(column((entry) => (entry.home.ok ? entry.home.breakdown.horizonTotal.total : null)));
  best.costOfLeaving = bestIds(
    column((entry) => (entry.costOfLeavingHome.ok ? entry.costOfLeavingHome.amountMinor : null)),
    'lower',
  );
  best.leftAfterLivingCosts = bestIds(column((entry) => entry.leftShownHome));
  best.criteria = bestIds(column((entry) => entry.criteria.scoreHundredths));
  return {
    homeCurrency,
    horizonYears,
    view,
    fxAsOf: fx.asOf,
    entries,
    closeCalls: findCloseCalls(column((entry) => entry.shown?.total ?? null)),
    best,
  };
}
