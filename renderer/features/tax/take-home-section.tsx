import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { OfferTakeHome } from '../../../shared/offer-tax/offer-take-home';
import { useWindowRows } from '../../components/window-list';
import { usePlanner } from '../../store';
import { comparisonMemo } from '../offers/comparison-memo';
import { OfferTakeHomeTable } from './offer-take-home-table';
import './tax.css';

/** About one offer's after-tax table, for the window before each is measured. */
const TABLE_HEIGHT = 360;

/** Gross, tax and take-home per offer and year, in the comparison view (and its printout), after the gross tables. */
export function TakeHomeSection() {
  const { t } = useTranslation();
  // Deferred like the rest of the comparison, and taken from the comparison's memo (issue 16): the figures
  // are the ones the comparison table computed, not a second computation of every offer.
  const { offers, taxByOffer, residency, comparison, homeCurrency, usPerson } = useDeferredValue(usePlanner(
    useShallow((s) => ({
      offers: s.document?.offers ?? [],
      taxByOffer: s.document?.taxByOffer ?? {},
      residency: s.document?.residency,
      comparison: s.document?.comparison ?? null,
      homeCurrency: s.document?.profile.homeCurrency ?? 'USD',
      usPerson: s.document?.profile.usTaxStatus ?? null,
    })),
  ));
  const results = useMemo((): OfferTakeHome[] => {
    if (!comparison) return [];
    const context = { horizonYears: comparison.horizonYears, homeCurrency, rates: comparison.fx.rates, costOfLiving: comparison.costOfLiving, usPerson };
    // The trip log, where kept, decides China residence (issue 13).
    const effective = comparisonMemo.effectiveTax({ offers, taxByOffer, residency });
    return offers.filter((offer) => !offer.isArchived).map((offer) => comparisonMemo.takeHome(offer, effective[offer.id] ?? null, context));
  }, [offers, taxByOffer, residency, comparison, homeCurrency, usPerson]);
  const offerById = useMemo(() => new Map(offers.map((offer) => [offer.id, offer])), [offers]);
  // With many offers only the tables near the view are drawn (components/window-list); a printout gets all.
  const { attachList, indexes, before, after, measure } = useWindowRows(results.length, () => TABLE_HEIGHT);

  return (
    <section className="card take-home" aria-labelledby="take-home-title" data-testid="take-home-section">
      <h2 id="take-home-title">{t('tax.ui.sectionTitle')}</h2>
      <p className="muted">
        {/* The hint carries its own leading space in English; none follows a Chinese 。 */}
        {t('tax.ui.sectionIntro', { home: homeCurrency })}
        <span className="no-print">{t('tax.ui.sectionOpenHint')}</span>
      </p>
      {results.length === 0 ? <p className="muted">{t('tax.ui.noOffers')}</p> : null}
      <div ref={attachList} style={{ paddingTop: before, paddingBottom: after }}>
        {indexes.map((index) => {
          const result = results[index]!;
          const offer = offerById.get(result.offerId);
          return offer ? (
            <div key={result.offerId} data-index={index} ref={measure} style={{ display: 'flow-root' }}>
              <OfferTakeHomeTable offer={offer} result={result} />
            </div>
          ) : null;
        })}
      </div>
      <ul className="take-home__notes take-home__rule">
        <li>{t('offerTax.rule.summary')}</li>
        <li>{t('offerTax.mapping.summary')}</li>
      </ul>
    </section>
  );
}
