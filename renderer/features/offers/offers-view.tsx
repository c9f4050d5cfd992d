import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { usePlanner } from '../../store';
import { useComparisonWarmUp } from './comparison-memo';
import { ComparisonView } from './comparison-view-loader';
import { usePendingAction } from '../commands/use-pending-action';
import { NewOfferForm } from './new-offer-form';
import { OfferEditor } from './offer-editor';
import { OffersList } from './offers-list';
import './offers.css';


export default function OffersView() {
  const { t } = useTranslation();
  const { screen, offerCount, showOffersScreen } = usePlanner(
    useShallow((s) => ({ screen: s.offersScreen, offerCount: s.document?.offers.length ?? 0, showOffersScreen: s.showOffersScreen })),
  );
  const [isAdding, setAdding] = useState(false);
  useComparisonWarmUp();
  // File > New Offer (Ctrl/Cmd+N) opens the same form as the button.
  usePendingAction('newOffer', () => setAdding(true));
  if (screen.kind === 'edit') {
    return (
      <div className="view offers-view" data-testid="view-offers">
        <OfferEditor offerId={screen.offerId} />
      </div>
    );
  }
  const isComparing = screen.kind === 'compare' && offerCount > 0;
  return (
    <div className="view offers-view" data-testid="view-offers">
      <header className="view__header offers-view__header">
        <div>
          <h1>{isComparing ? t('offers.ui.comparisonTitle') : t('offers.ui.title')}</h1>
          <p className="muted">{isComparing ? t('offers.ui.comparisonIntro') : t('offers.ui.intro')}</p>
        </div>
        {offerCount > 0 ? (
          <div className="offers-tabs no-print" role="tablist">
            <button type="button" role="tab" name="tab-list" aria-selected={!isComparing} className={isComparing ? '' : 'offers-tab--active'} onClick={() => showOffersScreen({ kind: 'list' })}>
              {t('offers.ui.tab.list')}
            </button>
            <button type="button" role="tab" name="tab-compare" aria-selected={isComparing} className={isComparing ? 'offers-tab--active' : ''} onClick={() => showOffersScreen({ kind: 'compare' })}>
              {t('offers.ui.tab.compare')}
            </button>
          </div>
        ) : null}
      </header>
      {isComparing ? (
        <Suspense fallback={<div className="loading">{t('app.loading')}</div>}>
          <ComparisonView />
        </Suspense>
      ) : (
        <>
          {isAdding ? <NewOfferForm onClose={() => setAdding(false)} /> : null}
          {offerCount === 0 && !isAdding ? (
            <div className="empty-state" data-testid="empty-offers">
              <h2>{t('offers.ui.emptyTitle')}</h2>
              <p>{t('offers.ui.emptyBody')}</p>
              <button type="button" className="primary" name="add-offer" onClick={() => setAdding(true)}>
                {t('offers.ui.addOffer')}
              </button>
            </div>
          ) : null}
          {offerCount > 0 ? (
            <>
              {!isAdding ? (
                <div className="offers-actions no-print">
                  <button type="button" className="primary" name="add-offer" onClick={() => setAdding(true)}>
                    {t('offers.ui.addOffer')}
                  </button>
                </div>
              ) : null}
              <OffersList />
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
