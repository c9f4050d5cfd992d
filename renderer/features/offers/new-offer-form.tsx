import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCY_CODES, isCurrencyCode, type CurrencyCode } from '../../../shared/money';
import { offerSchema } from '../../../shared/offers/schema';
import { useShallow } from 'zustand/react/shallow';
import { usePlanner } from '../../store';
import { focusWhenShown } from '../../components/focus';

/**
 * The first step of a new offer: its company (required) and currency. The offer joins the plan only once
 * it is valid, so an empty, unnamed offer can never be saved.
 */
export function NewOfferForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const { addOffer, showOffersScreen, homeCurrency } = usePlanner(
    useShallow((s) => ({ addOffer: s.addOffer, showOffersScreen: s.showOffersScreen, homeCurrency: s.document?.profile.homeCurrency ?? 'CNY' })),
  );
  const [company, setCompany] = useState('');
  const [currency, setCurrency] = useState<CurrencyCode>(homeCurrency);
  const [messageKey, setMessageKey] = useState<string | null>(null);
  const create = () => {
    const checked = offerSchema.shape.company.safeParse(company);
    if (!checked.success) {
      setMessageKey(checked.error.issues[0]?.message ?? 'offers.validation.companyRequired');
      return;
    }
    const offerId = addOffer({ company, currency });
    if (!offerId) return;
    onClose();
    showOffersScreen({ kind: 'edit', offerId });
    // Company and currency are set: the next thing to fill is the base salary (not 16 Tabs down the editor).
    focusWhenShown('[data-testid="offer-editor"] [name="offer.base.amountMinor"]');
  };
  const cancel = () => {
    onClose();
    focusWhenShown('button[name="add-offer"]');
  };
  return (
    <form
      className="card offers-new"
      data-testid="new-offer-form"
      onSubmit={(event) => {
        event.preventDefault();
        create();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <h2>{t('offers.ui.newOffer')}</h2>
      <div className="form-grid">
        <div className={`field${messageKey ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-company`}>{t('offers.ui.company')}</label>
          <input
            id={`${id}-company`}
            name="new-offer.company"
            type="text"
            // The form opens because the person asked for it: the company is where they type next.
            autoFocus
            value={company}
            aria-invalid={messageKey ? true : undefined}
            onChange={(event) => {
              setCompany(event.target.value);
              if (messageKey) setMessageKey(null);
            }}
          />
          {messageKey ? (
            <div className="field__error" role="alert" data-field-error="new-offer.company">
              {t(messageKey)}
            </div>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-currency`}>{t('offers.ui.currency')}</label>
          <select
            id={`${id}-currency`}
            name="new-offer.currency"
            value={currency}
            onChange={(event) => {
              if (isCurrencyCode(event.target.value)) setCurrency(event.target.value);
            }}
          >
            {CURRENCY_CODES.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="offers-actions">
        <button type="submit" className="primary" name="create-offer">
          {t('offers.ui.create')}
        </button>
        <button type="button" onClick={cancel}>
          {t('offers.ui.cancel')}
        </button>
      </div>
    </form>
  );
}
