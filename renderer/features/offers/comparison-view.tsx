import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveTaxByOffer } from '../../../shared/residency/offer-residence';
import { useShallow } from 'zustand/react/shallow';
import { comparisonAfterTax } from '../../../shared/offer-tax/comparison-after-tax';
import { compareOffers } from '../../../shared/offers/compare-offers';
import { usePlanner } from '../../store';
import { TakeHomeSection } from '../tax/take-home-section';
import { ComparisonActions } from './comparison-actions';
import { ComparisonChart } from './comparison-chart';
import { ComparisonControls } from './comparison-controls';
import { ComparisonTable } from './comparison-table';
import { CostOfLeavingCard, FxWhatIfCard } from './comparison-extras';
import { CriteriaCard } from './criteria-card';
import { FxRatesCard } from './fx-rates-card';
import { LivingCostsCard } from './living-costs-card';
import { YearByYearTables } from './year-by-year-tables';

/** Everything about the offers in one currency; derived from the document on every change, never stored. */
export default function ComparisonView() {
  const { t } = useTranslation();
  const { offers, settings, homeCurrency, displayName, taxByOffer, residency, usPerson } = usePlanner(
    useShallow((s) => ({
      offers: s.document!.offers,
      taxByOffer: s.document!.taxByOffer,
      residency: s.document!.residency,
      settings: s.document!.comparison,
      homeCurrency: s.document!.profile.homeCurrency,
      displayName: s.document!.profile.displayName,
      usPerson: s.document!.profile.usTaxStatus ?? null,
    })),
  );
  const active = useMemo(() => offers.filter((offer) => !offer.isArchived), [offers]);
  const comparison = useMemo(() => {
    // Offers with tax settings are compared on take-home too (and "left after living costs" uses it).
    // The trip log, where kept, decides China residence (issue 13).
    const afterTaxFor = comparisonAfterTax(effectiveTaxByOffer({ offers, taxByOffer, residency }), {
      horizonYears: settings.horizonYears,
      homeCurrency,
      rates: settings.fx.rates,
      costOfLiving: settings.costOfLiving,
      usPerson,
    });
    return compareOffers(active, settings, homeCurrency, afterTaxFor);
  }, [active, offers, settings, homeCurrency, taxByOffer, residency, usPerson]);
  if (active.length === 0) {
    return (
      <div className="empty-state" data-testid="comparison-empty">
        <p>{t('offers.ui.nothingToCompare')}</p>
      </div>
    );
  }
  return (
    <div className="offers-comparison" data-testid="offers-comparison">
      <ComparisonActions comparison={comparison} />
      <p className="print-only offers-print-heading">
        {displayName.trim() ? `${displayName.trim()} · ` : ''}
        {t('offers.ui.printHeading', { currency: homeCurrency, count: comparison.horizonYears, asOf: settings.fx.asOf })}
      </p>
      <ComparisonControls settings={settings} homeCurrency={homeCurrency} />
      <FxRatesCard settings={settings} comparison={comparison} />
      <ComparisonTable comparison={comparison} />
      <ComparisonChart comparison={comparison} />
      <YearByYearTables comparison={comparison} />
      <TakeHomeSection />
      <CostOfLeavingCard comparison={comparison} settings={settings} />
      <FxWhatIfCard comparison={comparison} settings={settings} />
      <LivingCostsCard comparison={comparison} settings={settings} />
      <CriteriaCard comparison={comparison} settings={settings} />
    </div>
  );
}
