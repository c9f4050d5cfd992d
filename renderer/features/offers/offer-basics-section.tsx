import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCY_CODES } from '../../../shared/money';
import { isoDateSchema, shortTextSchema, notesSchema } from '../../../shared/offers/schema-primitives';
import { KNOWN_VISA_ROUTES, OFFER_KINDS, OFFER_STATUSES, offerSchema, type Offer } from '../../../shared/offers/schema';
import { hasEnteredAmounts } from '../../../shared/offers/offer-schema';
import { useCountryOptions } from '../../components/country-options';
import { EditorSection } from './editor-section';
import { OfferChoice, OfferField, OfferTextInput } from './offer-fields';

const optionalDate = (text: string) => {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true as const, value: null };
  const result = isoDateSchema.safeParse(trimmed);
  return result.success ? { ok: true as const, value: trimmed } : { ok: false as const, messageKey: 'offers.validation.invalidDate' };
};

export function OfferBasicsSection({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation();
  const countries = useCountryOptions(i18n.language);
  // The currency the amounts were typed in when the editor opened: changing the currency relabels them, it
  // does not convert them, so say so at the field until the person changes it back or leaves the editor.
  const [typedCurrency] = useState(offer.currency);
  const currencyWarning =
    offer.currency !== typedCurrency && hasEnteredAmounts(offer) ? t('offers.ui.currencyChangedWarning', { from: typedCurrency, to: offer.currency }) : null;
  return (
    <EditorSection id="basics" title={t('offers.ui.section.basics')}>
      <div className="form-grid">
        <OfferChoice
          offer={offer}
          path={['kind']}
          label={t('decision.editor.kind')}
          hint={offer.kind === 'currentJob' ? t('decision.editor.currentJobHint') : undefined}
          options={OFFER_KINDS.map((kind) => ({ value: kind, label: t(`decision.editor.kind.${kind}`) }))}
        />
        <OfferTextInput offer={offer} path={['company']} label={t('offers.ui.company')} schema={offerSchema.shape.company} />
        <OfferTextInput offer={offer} path={['role']} label={t('offers.ui.role')} schema={shortTextSchema} />
        <OfferTextInput offer={offer} path={['level']} label={t('offers.ui.level')} schema={shortTextSchema} />
        <OfferTextInput offer={offer} path={['city']} label={t('offers.ui.city')} schema={shortTextSchema} hint={t('offers.ui.cityHint')} />
        <OfferChoice offer={offer} path={['country']} label={t('offers.ui.country')} options={[{ value: '', label: t('field.notSet') }, ...countries]} />
        <OfferChoice
          offer={offer}
          path={['currency']}
          label={t('offers.ui.currency')}
          hint={t('offers.ui.currencyHint')}
          warning={currencyWarning}
          options={CURRENCY_CODES.map((code) => ({ value: code, label: code }))}
        />
        <OfferTextInput offer={offer} path={['startDate']} label={t('offers.ui.startDate')} schema={isoDateSchema} isDate />
        <OfferField<string | null>
          offer={offer}
          path={['decisionDeadline']}
          label={t('offers.ui.decisionDeadline')}
          isDate
          format={(value) => value ?? ''}
          parse={optionalDate}
        />
        <OfferChoice offer={offer} path={['status']} label={t('offers.ui.status')} options={OFFER_STATUSES.map((status) => ({ value: status, label: t(`offers.ui.status.${status}`) }))} />
        <OfferChoice
          offer={offer}
          path={['visaRoute']}
          label={t('offers.ui.visaRoute')}
          options={[{ value: '', label: t('field.notSet') }, ...KNOWN_VISA_ROUTES.map((route) => ({ value: route, label: t(`offers.ui.visa.${route}`) }))]}
          apply={(current, value) => ({ ...current, visaRoute: value === '' ? null : value })}
        />
      </div>
      <OfferTextInput offer={offer} path={['notes']} label={t('offers.ui.notes')} schema={notesSchema} multiline />
    </EditorSection>
  );
}
