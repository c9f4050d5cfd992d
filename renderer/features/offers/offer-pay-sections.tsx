import { useTranslation } from 'react-i18next';
import { MAX_BONUS_BP, MAX_RAISE_BP } from '../../../shared/offers/limits';
import { monthSchema } from '../../../shared/offers/schema-primitives';
import { baseSalarySchema, type Offer } from '../../../shared/offers/schema';
import { usePlanner } from '../../store';
import { ClawbackFields } from './clawback-fields';
import { EditorSection } from './editor-section';
import { ItemHeader } from './item-header';
import { OfferChoice, OfferMoneyInput, OfferPercentInput, OfferWholeInput } from './offer-fields';

export function BaseSalarySection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const isMonthly = offer.base.kind === 'monthly';
  return (
    <EditorSection id="base" title={t('offers.ui.section.base')}>
      <div className="form-grid">
        <OfferChoice
          offer={offer}
          path={['base', 'kind']}
          label={t('offers.ui.baseKind')}
          options={[
            { value: 'annual', label: t('offers.ui.baseKind.annual') },
            { value: 'monthly', label: t('offers.ui.baseKind.monthly') },
          ]}
        />
        <OfferMoneyInput offer={offer} path={['base', 'amountMinor']} label={isMonthly ? t('offers.ui.monthlySalary') : t('offers.ui.annualBase')} />
        {isMonthly ? (
          <OfferWholeInput
            offer={offer}
            path={['base', 'monthsPerYear']}
            label={t('offers.ui.monthsPerYear')}
            schema={baseSalarySchema.shape.monthsPerYear}
            hint={t('offers.ui.monthsPerYearHint')}
          />
        ) : null}
        <OfferPercentInput offer={offer} path={['base', 'yearlyRaiseBp']} label={t('offers.ui.yearlyRaise')} minBp={0} maxBp={MAX_RAISE_BP} hint={t('offers.ui.yearlyRaiseHint')} />
      </div>
    </EditorSection>
  );
}

export function BonusSection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  return (
    <EditorSection id="bonus" title={t('offers.ui.section.bonus')}>
      <div className="form-grid">
        <OfferChoice
          offer={offer}
          path={['bonus', 'kind']}
          label={t('offers.ui.bonusKind')}
          options={[
            { value: 'percentOfBase', label: t('offers.ui.bonusKind.percentOfBase') },
            { value: 'fixed', label: t('offers.ui.bonusKind.fixed') },
          ]}
        />
        {offer.bonus.kind === 'percentOfBase' ? (
          <OfferPercentInput offer={offer} path={['bonus', 'targetBp']} label={t('offers.ui.bonusTarget')} minBp={0} maxBp={MAX_BONUS_BP} />
        ) : (
          <OfferMoneyInput offer={offer} path={['bonus', 'fixedMinor']} label={t('offers.ui.bonusFixed')} />
        )}
      </div>
    </EditorSection>
  );
}

export function SignOnSection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const updateOffer = usePlanner((s) => s.updateOffer);
  const add = () =>
    updateOffer(offer.id, (o) => ({
      ...o,
      signOn: { ...o.signOn, installments: [...o.signOn.installments, { id: crypto.randomUUID(), month: o.signOn.installments.length === 0 ? 0 : 12, amountMinor: 0 }] },
    }));
  const remove = (id: string) =>
    updateOffer(offer.id, (o) => ({ ...o, signOn: { ...o.signOn, installments: o.signOn.installments.filter((item) => item.id !== id) } }));
  return (
    <EditorSection id="signOn" title={t('offers.ui.section.signOn')}>
      {offer.signOn.installments.length === 0 ? <p className="muted">{t('offers.ui.noSignOn')}</p> : null}
      {offer.signOn.installments.map((installment, index) => (
        <div className="offers-subcard" key={installment.id} data-testid="sign-on-installment">
          <ItemHeader title={t('decision.editor.installment', { number: index + 1 })} onRemove={() => remove(installment.id)} />
          <div className="form-grid">
            <OfferMoneyInput offer={offer} path={['signOn', 'installments', index, 'amountMinor']} label={t('offers.ui.installmentAmount')} />
            <OfferWholeInput offer={offer} path={['signOn', 'installments', index, 'month']} label={t('offers.ui.paidAtMonth')} schema={monthSchema} hint={t('offers.ui.monthHint')} />
          </div>
        </div>
      ))}
      <div className="offers-actions">
        <button type="button" name="add-sign-on" onClick={add}>
          {t('offers.ui.addInstallment')}
        </button>
      </div>
      {offer.signOn.installments.length > 0 ? (
        <div className="form-grid">
          <ClawbackFields offer={offer} path={['signOn', 'clawback']} clawback={offer.signOn.clawback} />
        </div>
      ) : null}
    </EditorSection>
  );
}

export function RelocationSection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const { relocation } = offer;
  return (
    <EditorSection id="relocation" title={t('offers.ui.section.relocation')}>
      <div className="form-grid">
        <OfferChoice
          offer={offer}
          path={['relocation', 'kind']}
          label={t('offers.ui.relocationKind')}
          options={(['none', 'lumpSum', 'reimbursement'] as const).map((kind) => ({ value: kind, label: t(`offers.ui.relocationKind.${kind}`) }))}
        />
        {relocation.kind !== 'none' ? (
          <>
            <OfferMoneyInput
              offer={offer}
              path={['relocation', 'amountMinor']}
              label={relocation.kind === 'lumpSum' ? t('offers.ui.lumpSum') : t('offers.ui.reimbursementCap')}
              hint={relocation.kind === 'reimbursement' ? t('offers.ui.reimbursementCapHint') : undefined}
            />
            <OfferWholeInput offer={offer} path={['relocation', 'month']} label={t('offers.ui.paidAtMonth')} schema={monthSchema} hint={t('offers.ui.monthHint')} />
            <ClawbackFields offer={offer} path={['relocation', 'clawback']} clawback={relocation.clawback} />
          </>
        ) : null}
      </div>
    </EditorSection>
  );
}
