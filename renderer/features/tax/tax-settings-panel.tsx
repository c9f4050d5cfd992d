import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTaxModel, defaultTaxSettings } from '../../../shared/offer-tax/default-settings';
import { optionAvailability, taxOptionSummaries } from '../../../shared/offer-tax/tax-options';
import { TAX_MODELS, TaxSettingsSchema, type TaxModel, type TaxSettings } from '../../../shared/tax/schema';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { ContributionFields } from './contribution-fields';
import { DeductionFields } from './deduction-fields';
import { formatBp } from './format';
import { percentParser } from './tax-field-parsers';
import { withLogResidence } from '../../../shared/residency/tax-residence';
import { ResidenceFromLog } from '../residency/residence-from-log';
import { TaxCheckbox } from './tax-checkbox';
import { TaxOptionsFields } from './tax-options-fields';
import { TypicalContributionsNotice } from './typical-contributions-notice';
import { EquityGrantFields } from './equity-grant-fields';
import { HongKongFields, SingaporeFields } from './hong-kong-singapore-fields';
import { UsAbroadFields } from './us-abroad-fields';
import { UsFields } from './us-fields';
import { HongKongSettingsSchema } from '../../../shared/tax/hong-kong/hong-kong-schema';
import { SingaporeSettingsSchema } from '../../../shared/tax/singapore/singapore-schema';
import { UsSettingsSchema } from '../../../shared/tax/us/us-schema';
import { useOfferTax, useSaveTaxSettings } from './use-offer-tax';
import './tax.css';

type ModelChoice = TaxModel | 'off';
const formatRate = (bp: number) => formatBp(bp).replace('%', '');

/** Tax settings of one offer, inside the offer editor. Only settings that pass the schema are saved. */
export function TaxSettingsPanel({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const { offer, stored, citizenship, takeHome, horizonYears, residenceFromLog } = useOfferTax(offerId);
  const save = useSaveTaxSettings(offerId);
  const availability = useMemo(() => (offer ? optionAvailability(offer.startDate, horizonYears) : null), [offer, horizonYears]);
  const summaries = useMemo(() => (takeHome ? taxOptionSummaries(takeHome) : []), [takeHome]);
  if (!offer || !availability) return null;

  const suggestedModel = defaultTaxModel(offer);
  const chooseModel = (model: ModelChoice | null) => {
    if (model === null) return;
    if (model === 'off') save(null);
    else if (!stored) save(defaultTaxSettings(offer, citizenship, model));
    // Switching to the US model for the first time picks the state from the offer's city, as a new one would.
    else save(model === 'us' && !stored.us ? { ...stored, model, us: defaultTaxSettings(offer, citizenship, 'us').us } : { ...stored, model });
  };
  const update = (patch: Partial<TaxSettings>) => {
    if (stored) save({ ...stored, ...patch });
  };
  const isChina = stored?.model === 'china-resident' || stored?.model === 'china-nonresident';
  // Where the trip log decides residence, the panel shows the fields of the model actually used.
  const effective = stored ? withLogResidence(stored, residenceFromLog) : null;
  const isAbroadModel = isChina || stored?.model === 'hong-kong' || stored?.model === 'singapore';
  const isOverridden = stored !== null && stored.model !== suggestedModel;

  return (
    <div className="tax-panel" data-testid="tax-settings-panel">
      <p className="muted">{t('tax.ui.panelIntro')}</p>
      <div className="form-grid">
        <SelectField<ModelChoice>
          name="tax.model"
          label={t('tax.field.model')}
          value={stored ? stored.model : 'off'}
          options={[{ value: 'off', label: t('tax.ui.model.off') }, ...TAX_MODELS.map((model) => ({ value: model, label: t(`tax.label.model.${model}`) }))]}
          hint={
            isOverridden
              ? t('tax.ui.modelOverridden', { model: t(`tax.label.model.${suggestedModel}`) })
              : t('tax.ui.suggestedModel', { model: t(`tax.label.model.${suggestedModel}`) })
          }
          onCommit={chooseModel}
        />
        {stored && isChina ? (
          <TaxCheckbox name="tax.isForeignNational" label={t('tax.field.isForeignNational')} hint={t('tax.ui.foreignHint')} isChecked={stored.isForeignNational} onChange={(isForeignNational) => update({ isForeignNational })} />
        ) : null}
        {stored?.model === 'effective-rate' ? (
          <TextField
            name="tax.effectiveRateBp"
            label={`${t('tax.field.effectiveRateBp')} (%)`}
            hint={t('tax.ui.effectiveRateHint')}
            inputMode="decimal"
            value={stored.effectiveRateBp}
            format={formatRate}
            parse={percentParser(TaxSettingsSchema.shape.effectiveRateBp)}
            onCommit={(effectiveRateBp) => update({ effectiveRateBp })}
          />
        ) : null}
      </div>
      {stored && isChina && residenceFromLog ? <ResidenceFromLog answer={residenceFromLog} /> : null}

      {!stored ? (
        <div className="tax-panel__off" data-testid="tax-off">
          <p>{t('tax.ui.offNote')}</p>
          <button type="button" className="primary" name="tax.useSuggested" onClick={() => chooseModel(suggestedModel)}>
            {t('tax.ui.useSuggested')}
          </button>
        </div>
      ) : null}

      {stored?.model === 'us' ? (
        <>
          <h3>{t('tax.ui.us.title')}</h3>
          <p className="field__hint">{t('tax.ui.us.intro')}</p>
          <UsFields value={UsSettingsSchema.parse(stored.us ?? {})} onChange={(us) => update({ us })} />
        </>
      ) : null}
      {stored?.model === 'hong-kong' ? (
        <>
          <h3>{t('tax.ui.hk.title')}</h3>
          <p className="field__hint">{t('tax.ui.hk.intro')}</p>
          <HongKongFields value={HongKongSettingsSchema.parse(stored.hongKong ?? {})} onChange={(hongKong) => update({ hongKong })} />
        </>
      ) : null}
      {stored?.model === 'singapore' ? (
        <>
          <h3>{t('tax.ui.sg.title')}</h3>
          <p className="field__hint">{t('tax.ui.sg.intro')}</p>
          <SingaporeFields value={SingaporeSettingsSchema.parse(stored.singapore ?? {})} onChange={(singapore) => update({ singapore })} />
        </>
      ) : null}

      {stored && isChina ? (
        <>
          <h3>{t('tax.ui.contributionsTitle')}</h3>
          <p className="field__hint">{t('tax.ui.contributionsHint')}</p>
          <TypicalContributionsNotice offerId={offerId} settings={stored} name="tax" />
          <ContributionFields field="socialInsurance" value={stored.socialInsurance} onChange={(socialInsurance) => update({ socialInsurance })} />
          <ContributionFields field="housingFund" value={stored.housingFund} onChange={(housingFund) => update({ housingFund })} />
          {effective?.model === 'china-resident' ? (
            <>
              <h3>{t('tax.ui.deductionsTitle')}</h3>
              <p className="field__hint">{t('tax.ui.deductionsHint')}</p>
              <DeductionFields value={stored.deductions} onChange={(deductions) => update({ deductions })} />
            </>
          ) : null}
          {stored.model === 'china-resident' ? <EquityGrantFields offer={offer} settings={stored} onChange={(equityGrants) => update({ equityGrants })} /> : null}
          <h3>{t('tax.ui.optionsTitle')}</h3>
          <TaxOptionsFields settings={effective ?? stored} availability={availability} summaries={summaries} onChange={update} />
        </>
      ) : null}
      {stored && isAbroadModel ? <UsAbroadFields settings={stored.usAbroad} takeHome={takeHome} onChange={(usAbroad) => update({ usAbroad })} /> : null}
    </div>
  );
}
