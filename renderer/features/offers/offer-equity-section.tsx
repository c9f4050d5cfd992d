import { useTranslation } from 'react-i18next';
import { BP_WHOLE } from '../../../shared/money';
import { setIn } from '../../../shared/offers/edit-path';
import { formatYearlyPercentsInput, parseYearlyPercentsInput } from '../../../shared/offers/input-parsers';
import { MAX_GROWTH_BP, MIN_GROWTH_BP } from '../../../shared/offers/limits';
import { isoDateSchema, monthSchema, sharesSchema, shortTextSchema } from '../../../shared/offers/schema-primitives';
import type { InputResult } from '../../../shared/offers/input-parsers';
import {
  createEmptyEquityGrant,
  VESTING_CHOICES,
  VESTING_FREQUENCIES,
  VESTING_PRESETS,
  yearlyVestingBp,
  type EquityGrant,
  type Offer,
  type VestingChoice,
} from '../../../shared/offers/schema';
import { usePlanner } from '../../store';
import { EditorSection } from './editor-section';
import { ItemHeader } from './item-header';
import { OfferChoice, OfferField, OfferMoneyInput, OfferPercentInput, OfferTextInput, OfferWholeInput } from './offer-fields';

/** An optional past date: empty means "granted at the start". */
function parseGrantDate(text: string): InputResult<string | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  return isoDateSchema.safeParse(trimmed).success ? { ok: true, value: trimmed } : { ok: false, messageKey: 'offers.validation.invalidDate' };
}

/** A discount typed as a fraction, 0 to 1 ("0.5", "0,5"), stored in basis points; empty means the default. */
function parseRiskDiscount(text: string): InputResult<number | undefined> {
  const cleaned = text.trim().replace(',', '.');
  if (cleaned === '') return { ok: true, value: undefined };
  if (!/^\d*(\.\d{1,4})?$/.test(cleaned) || cleaned === '.') return { ok: false, messageKey: 'decision.validation.discountRange' };
  const bp = Math.round(Number(cleaned) * BP_WHOLE);
  return bp >= 0 && bp <= BP_WHOLE ? { ok: true, value: bp } : { ok: false, messageKey: 'decision.validation.discountRange' };
}

/** Switching preset keeps the cliff when it still fits, and starts a custom schedule from the current one. */
function applyPreset(offer: Offer, index: number, grant: EquityGrant, preset: VestingChoice): Offer {
  const custom = preset === 'custom' && grant.vesting.customYearlyBp.length === 0 ? [...yearlyVestingBp(grant.vesting)] : grant.vesting.customYearlyBp;
  const years = preset === 'custom' ? custom.length : VESTING_PRESETS[preset].yearlyBp.length;
  const cliffMonths = Math.min(grant.vesting.cliffMonths, years * 12);
  return setIn(offer, ['equity', index, 'vesting'], { ...grant.vesting, preset, customYearlyBp: custom, cliffMonths });
}

function GrantFields({ offer, grant, index }: { offer: Offer; grant: EquityGrant; index: number }) {
  const { t } = useTranslation();
  const updateOffer = usePlanner((s) => s.updateOffer);
  const at = (...rest: (string | number)[]) => ['equity', index, ...rest];
  const isOption = grant.kind === 'option';
  return (
    <div className="offers-subcard" data-testid="equity-grant">
      <ItemHeader title={grant.label.trim() || t('offers.ui.grantNumber', { number: index + 1 })} onRemove={() => updateOffer(offer.id, (o) => ({ ...o, equity: o.equity.filter((item) => item.id !== grant.id) }))} />
      <div className="form-grid">
        <OfferTextInput offer={offer} path={at('label')} label={t('offers.ui.grantLabel')} schema={shortTextSchema} />
        <OfferChoice
          offer={offer}
          path={at('kind')}
          label={t('offers.ui.grantKind')}
          options={[
            { value: 'rsu', label: t('offers.ui.grantKind.rsu') },
            { value: 'option', label: t('offers.ui.grantKind.option') },
          ]}
        />
        {isOption ? null : (
          <OfferChoice
            offer={offer}
            path={at('rsuValuation')}
            label={t('offers.ui.rsuValuation')}
            options={[
              { value: 'value', label: t('offers.ui.rsuValuation.value') },
              { value: 'shares', label: t('offers.ui.rsuValuation.shares') },
            ]}
          />
        )}
        {!isOption && grant.rsuValuation === 'value' ? (
          <OfferMoneyInput offer={offer} path={at('grantValueMinor')} label={t('offers.ui.grantValue')} hint={t('offers.ui.grantValueHint')} />
        ) : (
          <>
            <OfferWholeInput offer={offer} path={at('shares')} label={t('offers.ui.shares')} schema={sharesSchema} />
            <OfferMoneyInput offer={offer} path={at('priceMinor')} label={t('offers.ui.sharePrice')} />
            {isOption ? <OfferMoneyInput offer={offer} path={at('strikeMinor')} label={t('offers.ui.strike')} /> : null}
          </>
        )}
        <OfferChoice
          offer={offer}
          path={at('vesting', 'preset')}
          label={t('offers.ui.vesting')}
          options={VESTING_CHOICES.map((choice) => ({ value: choice, label: choice === 'custom' ? t('offers.ui.vesting.custom') : choice.replaceAll('-', '/') }))}
          apply={(current, preset) => applyPreset(current, index, grant, preset)}
        />
        {grant.vesting.preset === 'custom' ? (
          <OfferField<number[]>
            offer={offer}
            path={at('vesting', 'customYearlyBp')}
            label={t('offers.ui.customVesting')}
            hint={t('offers.ui.customVestingHint')}
            format={formatYearlyPercentsInput}
            parse={parseYearlyPercentsInput}
          />
        ) : null}
        <OfferWholeInput offer={offer} path={at('vesting', 'cliffMonths')} label={t('offers.ui.cliffMonths')} schema={monthSchema} />
        <OfferChoice
          offer={offer}
          path={at('vesting', 'frequency')}
          label={t('offers.ui.vestingFrequency')}
          options={VESTING_FREQUENCIES.map((frequency) => ({ value: frequency, label: t(`offers.ui.frequency.${frequency}`) }))}
        />
        <OfferMoneyInput offer={offer} path={at('refresherYearlyMinor')} label={t('offers.ui.refresher')} hint={t('offers.ui.refresherHint')} />
        <OfferPercentInput offer={offer} path={at('privateDiscountBp')} label={t('offers.ui.privateDiscount')} minBp={0} maxBp={BP_WHOLE} hint={t('offers.ui.privateDiscountHint')} />
        {offer.kind === 'currentJob' ? (
          <OfferField<string | undefined>
            offer={offer}
            path={at('grantDate')}
            label={t('decision.editor.grantDate')}
            hint={t('decision.editor.grantDateHint')}
            isDate
            format={(value) => value ?? ''}
            parse={parseGrantDate}
          />
        ) : null}
        <OfferField<number | undefined>
          offer={offer}
          path={at('riskDiscountBp')}
          label={t('decision.editor.riskDiscount')}
          hint={t('decision.editor.riskDiscountHint')}
          inputMode="decimal"
          format={(bp) => (bp === undefined ? '' : String(bp / BP_WHOLE))}
          parse={parseRiskDiscount}
        />
        <label className="offers-checkbox">
          <input
            type="checkbox"
            name={`equity.${index}.isPrivateCompany`}
            checked={grant.isPrivateCompany ?? false}
            onChange={(event) => updateOffer(offer.id, (o) => setIn(o, at('isPrivateCompany'), event.target.checked))}
          />
          {t('decision.editor.isPrivate')}
        </label>
        <OfferPercentInput offer={offer} path={at('yearlyGrowthBp')} label={t('offers.ui.growth')} minBp={MIN_GROWTH_BP} maxBp={MAX_GROWTH_BP} hint={t('offers.ui.growthHint')} />
      </div>
    </div>
  );
}

export function EquitySection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const updateOffer = usePlanner((s) => s.updateOffer);
  return (
    <EditorSection id="equity" title={t('offers.ui.section.equity')}>
      {offer.equity.length === 0 ? <p className="muted">{t('offers.ui.noEquity')}</p> : null}
      {offer.equity.map((grant, index) => (
        <GrantFields key={grant.id} offer={offer} grant={grant} index={index} />
      ))}
      <div className="offers-actions">
        <button type="button" name="add-equity" onClick={() => updateOffer(offer.id, (o) => ({ ...o, equity: [...o.equity, createEmptyEquityGrant(crypto.randomUUID())] }))}>
          {t('offers.ui.addGrant')}
        </button>
      </div>
    </EditorSection>
  );
}
