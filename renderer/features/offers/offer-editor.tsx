import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { offerBreakdown } from '../../../shared/offers/breakdown';
import type { Offer } from '../../../shared/offers/schema';
import { usePlanner } from '../../store';
import { TaxSettingsPanel } from '../tax/tax-settings-panel';
import { OfferBasicsSection } from './offer-basics-section';
import { EquitySection } from './offer-equity-section';
import { AllowancesSection, BenefitsSection, SubsidiesSection } from './offer-extras-sections';
import { BaseSalarySection, BonusSection, RelocationSection, SignOnSection } from './offer-pay-sections';
import { EditorSection } from './editor-section';
import { useMoneyFormat } from './use-money-format';
import { useWarmOfferChecks } from './use-warm-offer-checks';
import { SectionSummaryContext, useSectionSummaries } from './section-summaries';
import { attributeSelector, focusWhenShown } from '../../components/focus';

export function OfferEditor({ offerId }: { offerId: string }) {
  const offer = usePlanner((s) => s.document?.offers.find((item) => item.id === offerId));
  if (!offer) return null;
  return <OfferEditorFor offer={offer} />;
}

function OfferEditorFor({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const summaries = useSectionSummaries(offer);
  const showOffersScreen = usePlanner((s) => s.showOffersScreen);
  const money = useMoneyFormat();
  const firstYear = useMemo(() => offerBreakdown(offer, 1).years[0], [offer]);
  useWarmOfferChecks(offer);
  return (
    <SectionSummaryContext.Provider value={summaries}>
    <div className="offers-editor" data-testid="offer-editor">
      <header className="view__header offers-editor__header">
        <div>
          <button type="button" className="link-button offers-back" name="back-to-offers" onClick={() => {
              showOffersScreen({ kind: 'list' });
              // Back to where the person came from: this offer's row in the list.
              focusWhenShown(`${attributeSelector('tr', 'data-offer-id', offer.id)} button[name="edit-offer"]`);
            }}>
            ← {t('offers.ui.backToList')}
          </button>
          <h1>{offer.company.trim() || t('offers.ui.untitled')}</h1>
          <p className="muted">{t('offers.ui.editorIntro')}</p>
        </div>
        {firstYear ? (
          <div className="offers-editor__summary" data-testid="editor-first-year">
            <span className="muted">{t('offers.ui.firstYearTotal')}</span>
            <strong>{money(firstYear.total, offer.currency)}</strong>
          </div>
        ) : null}
      </header>
      <OfferBasicsSection offer={offer} />
      <BaseSalarySection offer={offer} />
      <BonusSection offer={offer} />
      {offer.kind === 'currentJob' ? (
        <p className="muted small" data-testid="current-job-note">
          {t('decision.editor.noSignOn')}
        </p>
      ) : (
        <>
          <SignOnSection offer={offer} />
          <RelocationSection offer={offer} />
        </>
      )}
      <EquitySection offer={offer} />
      <AllowancesSection offer={offer} />
      <EditorSection id="tax" title={t('offers.ui.section.tax')}>
        <TaxSettingsPanel offerId={offer.id} />
      </EditorSection>
      <SubsidiesSection offer={offer} />
      <BenefitsSection offer={offer} />
    </div>
    </SectionSummaryContext.Provider>
  );
}
