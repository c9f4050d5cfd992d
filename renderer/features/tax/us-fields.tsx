import { useTranslation } from 'react-i18next';
import { isModelledState, US_STATES } from '../../../shared/tax/us-states/state-rules';
import { isSupportedFilingStatus, US_FILING_STATUSES } from '../../../shared/tax/us/us-rules';
import { UsSettingsSchema, type UsSettings } from '../../../shared/tax/us/us-schema';
import { checkWith } from '../../components/field-parsers';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatBp, formatMinorForField } from './format';
import { moneyParser, percentParser } from './tax-field-parsers';
import { TaxCheckbox } from './tax-checkbox';

const shape = UsSettingsSchema.shape;
const formatRate = (bp: number | null) => (bp === null ? '' : formatBp(bp).replace('%', ''));
const formatUsd = (minor: number) => formatMinorForField(minor, 'USD');
const usdParser = (schema: typeof shape.pretax401kMinor) => moneyParser('USD', (minor) => checkWith(schema, minor ?? 0), true);

/** The US model's own settings: filing status, state (and NYC), 401(k), a spouse's wages, other itemized deductions. */
export function UsFields({ value, onChange }: { value: UsSettings; onChange: (next: UsSettings) => void }) {
  const { t } = useTranslation();
  const usd = (label: string) => t('tax.ui.amountIn', { label, currency: 'USD' });
  const update = (patch: Partial<UsSettings>) => onChange({ ...value, ...patch });
  const isUnsupportedStatus = !isSupportedFilingStatus(value.filingStatus);
  const needsRate = value.state !== null && !isModelledState(value.state);
  return (
    <div className="form-grid" data-testid="tax-us-fields">
      <SelectField
        name="tax.us.filingStatus"
        label={t('tax.field.us.filingStatus')}
        value={value.filingStatus}
        options={US_FILING_STATUSES.map((status) => ({ value: status, label: t(`tax.label.filingStatus.${status}`) }))}
        hint={isUnsupportedStatus ? t('tax.ui.us.statusUnsupported', { status: t(`tax.label.filingStatus.${value.filingStatus}`) }) : undefined}
        onCommit={(filingStatus) => filingStatus && update({ filingStatus })}
      />
      <SelectField
        name="tax.us.state"
        label={t('tax.field.us.state')}
        value={value.state}
        options={US_STATES.map((state) => ({ value: state, label: t(`tax.ui.usState.${state}`) }))}
        hint={value.state === null ? t('tax.ui.us.stateNotChosen') : needsRate ? t('tax.ui.us.stateNeedsRate', { state: t(`tax.ui.usState.${value.state}`) }) : t('tax.ui.us.stateModelled')}
        onCommit={(state) => update({ state, isNewYorkCity: state === 'NY' ? value.isNewYorkCity : false })}
      />
      {value.state === 'NY' ? <TaxCheckbox name="tax.us.isNewYorkCity" label={t('tax.field.us.isNewYorkCity')} isChecked={value.isNewYorkCity} onChange={(isNewYorkCity) => update({ isNewYorkCity })} /> : null}
      {needsRate ? (
        <TextField
          name="tax.us.stateFlatRateBp"
          label={`${t('tax.field.us.stateFlatRateBp')} (%)`}
          inputMode="decimal"
          value={value.stateFlatRateBp}
          format={formatRate}
          parse={(text) => (text.trim() === '' ? { ok: true, value: null } : percentParser(shape.stateFlatRateBp)(text))}
          onCommit={(stateFlatRateBp) => update({ stateFlatRateBp })}
        />
      ) : null}
      {value.state === 'WA' ? (
        <TaxCheckbox name="tax.us.isWaCaresExempt" label={t('tax.field.us.isWaCaresExempt')} hint={t('tax.ui.us.waCaresHint')} isChecked={value.isWaCaresExempt} onChange={(isWaCaresExempt) => update({ isWaCaresExempt })} />
      ) : null}
      <TextField
        name="tax.us.pretax401kMinor"
        label={usd(t('tax.field.us.pretax401kMinor'))}
        hint={t('tax.ui.us.k401Hint')}
        inputMode="decimal"
        value={value.pretax401kMinor}
        format={formatUsd}
        parse={usdParser(shape.pretax401kMinor)}
        onCommit={(pretax401kMinor) => update({ pretax401kMinor })}
      />
      {value.filingStatus === 'married-joint' ? (
        <>
          <TextField
            name="tax.us.spouseWagesMinor"
            label={usd(t('tax.field.us.spouseWagesMinor'))}
            hint={t('tax.ui.us.spouseHint')}
            inputMode="decimal"
            value={value.spouseWagesMinor}
            format={formatUsd}
            parse={usdParser(shape.spouseWagesMinor)}
            onCommit={(spouseWagesMinor) => update({ spouseWagesMinor })}
          />
          <TextField
            name="tax.us.spousePretax401kMinor"
            label={usd(t('tax.field.us.spousePretax401kMinor'))}
            inputMode="decimal"
            value={value.spousePretax401kMinor}
            format={formatUsd}
            parse={usdParser(shape.spousePretax401kMinor)}
            onCommit={(spousePretax401kMinor) => update({ spousePretax401kMinor })}
          />
        </>
      ) : null}
      <TextField
        name="tax.us.otherItemizedMinor"
        label={usd(t('tax.field.us.otherItemizedMinor'))}
        hint={t('tax.ui.us.itemizedHint')}
        inputMode="decimal"
        value={value.otherItemizedMinor}
        format={formatUsd}
        parse={usdParser(shape.otherItemizedMinor)}
        onCommit={(otherItemizedMinor) => update({ otherItemizedMinor })}
      />
    </div>
  );
}
