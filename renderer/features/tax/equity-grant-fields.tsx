import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../shared/offers/offer-schema';
import { EQUITY_GRANT_TREATMENTS, type EquityGrantTreatment, type TaxSettings } from '../../../shared/tax/schema';
import { SelectField } from '../../components/select-field';

/**
 * China: how each equity grant is taxed. Separate taxation needs a listed company's plan that meets the
 * conditions (an overseas-listed employer's plan filed locally), which only the person can confirm.
 */
export function EquityGrantFields({ offer, settings, onChange }: { offer: Offer; settings: TaxSettings; onChange: (next: Record<string, EquityGrantTreatment>) => void }) {
  const { t } = useTranslation();
  if (offer.equity.length === 0) return null;
  const treatments = settings.equityGrants ?? {};
  return (
    <div data-testid="tax-equity-grants">
      <h3>{t('tax.ui.equityTitle')}</h3>
      <p className="field__hint">{t('tax.ui.equityHint')}</p>
      <div className="form-grid">
        {offer.equity.map((grant, index) => (
          <SelectField<EquityGrantTreatment>
            key={grant.id}
            name={`tax.equityGrants.${grant.id}`}
            label={t('tax.ui.equityGrant', { label: grant.label.trim() === '' ? t('tax.ui.equityGrantN', { n: index + 1 }) : grant.label })}
            value={treatments[grant.id] ?? 'wages'}
            options={EQUITY_GRANT_TREATMENTS.map((treatment) => ({ value: treatment, label: t(`tax.label.equityGrant.${treatment}`) }))}
            onCommit={(treatment) => treatment && onChange({ ...treatments, [grant.id]: treatment })}
          />
        ))}
      </div>
    </div>
  );
}
