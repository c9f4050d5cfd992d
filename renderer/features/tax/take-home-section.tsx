import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { offerTakeHome, type OfferTakeHome } from '../../../shared/offer-tax/offer-take-home';
import { effectiveTaxByOffer } from '../../../shared/residency/offer-residence';
import { usePlanner } from '../../store';
import { OfferTakeHomeTable } from './offer-take-home-table';
import './tax.css';

/** Gross, tax and take-home per offer and year, in the comparison view (and its printout), after the gross tables. */
export function TakeHomeSection() {
  const { t } = useTranslation();
  const { offers, taxByOffer, residency, comparison, homeCurrency, usPerson } = usePlanner(
    useShallow((s) => ({
      offers: s.document?.offers ?? [],
      taxByOffer: s.document?.taxByOffer ?? {},
      residency: s.document?.residency,
      comparison: s.document?.comparison ?? null,
      homeCurrency: s.document?.profile.homeCurrency ?? 'USD',
      usPerson: s.document?.profile.usTaxStatus ?? null,
    })),
  );
  const results = useMemo((): OfferTakeHome[] => {
    if (!comparison) return [];
    const context = { horizonYears: comparison.horizonYears, homeCurrency, rates: comparison.fx.rates, costOfLiving: comparison.costOfLiving, usPerson };
    // The trip log, where kept, decides China residence (issue 13).
    const effective = effectiveTaxByOffer({ offers, taxByOffer, residency });
    return offers.filter((offer) => !offer.isArchived).map((offer) => offerTakeHome(offer, effective[offer.id] ?? null, context));
  }, [offers, taxByOffer, residency, comparison, homeCurrency, usPerson]);
  const offerById = useMemo(() => new Map(offers.map((offer) => [offer.id, offer])), [offers]);

  return (
    <section className="card take-home" aria-labelledby="take-home-title" data-testid="take-home-section">
      <h2 id="take-home-title">{t('tax.ui.sectionTitle')}</h2>
      <p className="muted">
        {t('tax.ui.sectionIntro', { home: homeCurrency })} <span className="no-print">{t('tax.ui.sectionOpenHint')}</span>
      </p>
      {results.length === 0 ? <p className="muted">{t('tax.ui.noOffers')}</p> : null}
      {results.map((result) => {
        const offer = offerById.get(result.offerId);
        return offer ? <OfferTakeHomeTable key={result.offerId} offer={offer} result={result} /> : null;
      })}
      <ul className="take-home__notes take-home__rule">
        <li>{t('offerTax.rule.summary')}</li>
        <li>{t('offerTax.mapping.summary')}</li>
      </ul>
    </section>
  );
}
