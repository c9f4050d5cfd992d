import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionCore, DecisionFlips } from '../../../shared/decision/analysis';
import type { OfferComparison } from '../../../shared/offers/compare-offers';
import type { ComparisonSettings } from '../../../shared/offers/schema';
import { usePlanner } from '../../store';
import { FlipCard } from '../decision/flip-card';
import { CombinedRankCard, RiskCard } from '../decision/risk-rank-cards';
import { useComparison, useDecision, useDecisionFlips } from '../decision/use-decision';
import { VerdictCard } from '../decision/verdict-card';
import '../decision/decision.css';
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
import { useDates } from '../../i18n/use-dates';
import { useAfterFirstPaint } from '../../components/use-after-first-paint';

/**
 * The answer first (verdict, drivers, baseline), then the table and charts, what would flip it, the money at
 * risk and the combined rank, then the inputs and details. Derived from the document, memoised per offer.
 * The screen follows a deferred copy of the plan and its tree is kept while that copy is the same, so the
 * render a keystroke causes draws only the field typed in; the figures follow in an interruptible render.
 */
export default function ComparisonView() {
  const { t } = useTranslation();
  const { comparison, document } = useComparison();
  const analysis = useDecision(document, comparison);
  const { flips, isCurrent: areFlipsCurrent } = useDecisionFlips(document, comparison, analysis.plainVerdict);
  const displayName = usePlanner((s) => s.document!.profile.displayName);
  const settings = document.comparison;
  const screen = useMemo(() => (comparison.entries.length === 0 ? null : <ComparisonScreen comparison={comparison} analysis={analysis} flips={flips} areFlipsCurrent={areFlipsCurrent} settings={settings} displayName={displayName} />), [comparison, analysis, flips, areFlipsCurrent, settings, displayName]);
  if (screen === null) {
    return (
      <div className="empty-state" data-testid="comparison-empty">
        <p>{t('offers.ui.nothingToCompare')}</p>
      </div>
    );
  }
  return screen;
}

function ComparisonScreen({ comparison, analysis, flips, areFlipsCurrent, settings, displayName }: { comparison: OfferComparison; analysis: DecisionCore; flips: DecisionFlips | null; areFlipsCurrent: boolean; settings: ComparisonSettings; displayName: string }) {
  const { t } = useTranslation();
  const dates = useDates();
  const homeCurrency = comparison.homeCurrency;
  // The answer and the table fill the first screen; the chart and the cards below are drawn in a render right
  // after it (issue 16: with 50 offers they are 4,500 of the page's 6,000 elements, and drawing the chart and
  // laying them out held the first paint back by about half a second). A printout waits for them: they are
  // there long before anyone prints.
  const isBelowFoldDrawn = useAfterFirstPaint();
  return (
    <div className="offers-comparison" data-testid="offers-comparison">
      <p className="print-only offers-print-heading">
        {displayName.trim() ? `${displayName.trim()} · ` : ''}
        {t('offers.ui.printHeading', { currency: homeCurrency, count: comparison.horizonYears, asOf: dates.date(settings.fx.asOf) })}
      </p>
      <VerdictCard comparison={comparison} analysis={analysis} />
      <div className="decision-toolbar no-print">
        <ComparisonControls settings={settings} homeCurrency={homeCurrency} />
        <ComparisonActions comparison={comparison} />
      </div>
      <ComparisonTable
        comparison={comparison}
        baseline={analysis.baseline}
        closeCallIds={analysis.verdict.isCloseCall && analysis.verdict.leader && analysis.verdict.runnerUp ? [analysis.verdict.leader.offerId, analysis.verdict.runnerUp.offerId] : []}
      />
      {isBelowFoldDrawn ? <BelowTheFold comparison={comparison} analysis={analysis} flips={flips} areFlipsCurrent={areFlipsCurrent} settings={settings} /> : <div className="offers-comparison__more" aria-busy="true" data-testid="comparison-more" />}
    </div>
  );
}

/** Everything under the table: the chart, what would flip it, the money at risk, the combined rank, then the inputs and details. */
function BelowTheFold({ comparison, analysis, flips, areFlipsCurrent, settings }: { comparison: OfferComparison; analysis: DecisionCore; flips: DecisionFlips | null; areFlipsCurrent: boolean; settings: ComparisonSettings }) {
  return (
    <>
      <ComparisonChart comparison={comparison} verdict={analysis.verdict} />
      <FlipCard comparison={comparison} verdict={analysis.plainVerdict} flips={flips} isUpdating={flips !== null && !areFlipsCurrent} />
      <RiskCard comparison={comparison} analysis={analysis} />
      <CombinedRankCard comparison={comparison} analysis={analysis} />
      <FxRatesCard settings={settings} comparison={comparison} />
      <YearByYearTables comparison={comparison} />
      <TakeHomeSection />
      <CostOfLeavingCard comparison={comparison} settings={settings} />
      <FxWhatIfCard comparison={comparison} settings={settings} />
      <LivingCostsCard comparison={comparison} settings={settings} />
      <CriteriaCard comparison={comparison} settings={settings} />
    </>
  );
}
