import type { AfterTaxFigures, AfterTaxFor, OfferAfterTax } from '../offers/compare-offers';
import type { Offer } from '../offers/offer-schema';
import type { TaxSettings } from '../tax/schema';
import { offerTakeHome, type OfferTakeHome, type TakeHomeContext, type TakeHomeFigures } from './offer-take-home';

function pick(figures: TakeHomeFigures): AfterTaxFigures {
  // One "tax" figure for the side-by-side table: income tax plus the employee's contributions, so that
  // gross - tax = take-home reads true in every column. The After tax section shows them apart.
  return {
    taxMinor: figures.taxMinor + figures.contributionsMinor,
    takeHomeMinor: figures.takeHomeMinor,
    leftMinor: figures.leftAfterLivingCostsMinor,
  };
}

/**
 * The offers comparison's view of one offer's take-home. null when the offer has no tax settings or its
 * model is "none": it is then compared before tax, and says so.
 */
export function offerAfterTax(result: OfferTakeHome): OfferAfterTax | null {
  if (result.settings === null || result.settings.model === 'none') return null;
  const years = result.years.map((year) => (year.outcome.status === 'taxed' ? pick(year.outcome.figures) : null));
  const yearsHome = result.years.map((year) =>
    year.outcome.status === 'taxed' && year.outcome.home.ok ? pick(year.outcome.home.figures) : null,
  );
  const horizon = result.horizon.ok ? pick(result.horizon.figures) : null;
  const horizonHome = result.horizon.ok && result.horizon.home.ok ? pick(result.horizon.home.figures) : null;
  const untaxed = result.years.find((year) => year.outcome.status !== 'taxed');
  let problem: OfferAfterTax['problem'] = null;
  if (untaxed) problem = untaxed.outcome.status === 'missing-rate' ? 'missingRate' : 'notComputed';
  else if (yearsHome.some((figures) => figures === null)) problem = 'missingRate';
  return { years, horizon, yearsHome, horizonHome, problem };
}

/** The afterTaxFor argument of compareOffers, from the document's per-offer tax settings. */
export function comparisonAfterTax(taxByOffer: Readonly<Record<string, TaxSettings>>, context: TakeHomeContext): AfterTaxFor {
  return (offer: Offer) => {
    const settings = taxByOffer[offer.id];
    if (!settings || settings.model === 'none') return null;
    return offerAfterTax(offerTakeHome(offer, settings, context));
  };
}
