import { useTranslation } from 'react-i18next';
import { monthSchema, notesSchema, shortTextSchema, yearsSchema } from '../../../shared/offers/schema-primitives';
import { ALLOWANCE_KINDS, type Allowance, type Offer, type Subsidy } from '../../../shared/offers/schema';
import { usePlanner } from '../../store';
import { EditorSection } from './editor-section';
import { ItemHeader } from './item-header';
import { OfferCheckbox, OfferChoice, OfferMoneyInput, OfferTextInput, OfferWholeInput } from './offer-fields';

function newAllowance(): Allowance {
  return { id: crypto.randomUUID(), kind: 'housing', label: '', amountMinor: 0, period: 'month', firstYears: null, isReimbursed: false };
}

function newSubsidy(): Subsidy {
  return { id: crypto.randomUUID(), name: '', kind: 'oneOff', amountMinor: 0, month: 0, years: 1, conditions: '' };
}

export function AllowancesSection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const updateOffer = usePlanner((s) => s.updateOffer);
  return (
    <EditorSection id="allowances" title={t('offers.ui.section.allowances')}>
      {offer.allowances.length === 0 ? <p className="muted">{t('offers.ui.noAllowances')}</p> : null}
      {offer.allowances.map((allowance, index) => (
        <div className="offers-subcard" key={allowance.id} data-testid="allowance">
          <ItemHeader
            title={allowance.label.trim() || t(`offers.ui.allowance.${allowance.kind}`) || t('decision.editor.allowance', { number: index + 1 })}
            onRemove={() => updateOffer(offer.id, (o) => ({ ...o, allowances: o.allowances.filter((item) => item.id !== allowance.id) }))}
          />
          <div className="form-grid">
            <OfferChoice
              offer={offer}
              path={['allowances', index, 'kind']}
              label={t('offers.ui.allowanceKind')}
              options={ALLOWANCE_KINDS.map((kind) => ({ value: kind, label: t(`offers.ui.allowance.${kind}`) }))}
            />
            <OfferTextInput offer={offer} path={['allowances', index, 'label']} label={t('offers.ui.allowanceLabel')} schema={shortTextSchema} />
            <OfferMoneyInput offer={offer} path={['allowances', index, 'amountMinor']} label={t('offers.ui.amount')} />
            <OfferChoice
              offer={offer}
              path={['allowances', index, 'period']}
              label={t('offers.ui.period')}
              options={[
                { value: 'month', label: t('offers.ui.period.month') },
                { value: 'year', label: t('offers.ui.period.year') },
              ]}
            />
            <OfferWholeInput
              offer={offer}
              path={['allowances', index, 'firstYears']}
              label={t('offers.ui.firstYears')}
              schema={yearsSchema.nullable()}
              emptyValue={null}
              placeholder={t('offers.ui.firstYearsPlaceholder')}
            />
          </div>
          <div className="offers-subcard__footer">
            <OfferCheckbox offer={offer} path={['allowances', index, 'isReimbursed']} label={t('offers.ui.isReimbursed')} />
          </div>
        </div>
      ))}
      <div className="offers-actions">
        <button type="button" name="add-allowance" onClick={() => updateOffer(offer.id, (o) => ({ ...o, allowances: [...o.allowances, newAllowance()] }))}>
          {t('offers.ui.addAllowance')}
        </button>
      </div>
    </EditorSection>
  );
}

export function SubsidiesSection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const updateOffer = usePlanner((s) => s.updateOffer);
  return (
    <EditorSection id="subsidies" title={t('offers.ui.section.subsidies')}>
      {offer.subsidies.length === 0 ? <p className="muted">{t('offers.ui.noSubsidies')}</p> : null}
      {offer.subsidies.map((subsidy, index) => (
        <div className="offers-subcard" key={subsidy.id} data-testid="subsidy">
          <ItemHeader
            title={subsidy.name.trim() || t('decision.editor.subsidy', { number: index + 1 })}
            onRemove={() => updateOffer(offer.id, (o) => ({ ...o, subsidies: o.subsidies.filter((item) => item.id !== subsidy.id) }))}
          />
          <div className="form-grid">
            <OfferTextInput offer={offer} path={['subsidies', index, 'name']} label={t('offers.ui.subsidyName')} schema={shortTextSchema} />
            <OfferChoice
              offer={offer}
              path={['subsidies', index, 'kind']}
              label={t('offers.ui.subsidyKind')}
              options={[
                { value: 'oneOff', label: t('offers.ui.subsidyKind.oneOff') },
                { value: 'yearly', label: t('offers.ui.subsidyKind.yearly') },
              ]}
            />
            <OfferMoneyInput offer={offer} path={['subsidies', index, 'amountMinor']} label={t('offers.ui.amount')} />
            {subsidy.kind === 'oneOff' ? (
              <OfferWholeInput offer={offer} path={['subsidies', index, 'month']} label={t('offers.ui.paidAtMonth')} schema={monthSchema} hint={t('offers.ui.monthHint')} />
            ) : (
              <OfferWholeInput offer={offer} path={['subsidies', index, 'years']} label={t('offers.ui.subsidyYears')} schema={yearsSchema} />
            )}
          </div>
          <OfferTextInput offer={offer} path={['subsidies', index, 'conditions']} label={t('offers.ui.conditions')} schema={notesSchema} multiline />
        </div>
      ))}
      <div className="offers-actions">
        <button type="button" name="add-subsidy" onClick={() => updateOffer(offer.id, (o) => ({ ...o, subsidies: [...o.subsidies, newSubsidy()] }))}>
          {t('offers.ui.addSubsidy')}
        </button>
      </div>
    </EditorSection>
  );
}

export function BenefitsSection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  return (
    <EditorSection id="benefits" title={t('offers.ui.section.benefits')}>
      <div className="form-grid">
        {(['socialInsurance', 'health', 'vacation', 'other'] as const).map((key) => (
          <OfferTextInput key={key} offer={offer} path={['benefits', key]} label={t(`offers.ui.benefits.${key}`)} schema={notesSchema} multiline />
        ))}
      </div>
    </EditorSection>
  );
}
