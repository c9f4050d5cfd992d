import { useTranslation } from 'react-i18next';
import { HK_HOUSING_KINDS, HongKongSettingsSchema, type HongKongSettings } from '../../../shared/tax/hong-kong/hong-kong-schema';
import { SG_RESIDENCY, SingaporeSettingsSchema, type SingaporeSettings } from '../../../shared/tax/singapore/singapore-schema';
import { checkWith, parseOptionalInteger } from '../../components/field-parsers';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatMinorForField } from './format';
import { moneyParser } from './tax-field-parsers';
import { TaxCheckbox } from './tax-checkbox';

/** Hong Kong: married person's allowance, MPF, housing the employer provides (taxed at rental value). */
export function HongKongFields({ value, onChange }: { value: HongKongSettings; onChange: (next: HongKongSettings) => void }) {
  const { t } = useTranslation();
  const update = (patch: Partial<HongKongSettings>) => onChange({ ...value, ...patch });
  const hkd = (label: string) => t('tax.ui.amountIn', { label, currency: 'HKD' });
  const shape = HongKongSettingsSchema.shape;
  return (
    <div className="form-grid" data-testid="tax-hk-fields">
      <TaxCheckbox name="tax.hk.isMarried" label={t('tax.field.hk.isMarried')} isChecked={value.isMarried} onChange={(isMarried) => update({ isMarried })} />
      <TaxCheckbox name="tax.hk.hasMpf" label={t('tax.field.hk.hasMpf')} hint={t('tax.ui.hk.mpfHint')} isChecked={value.hasMpf} onChange={(hasMpf) => update({ hasMpf })} />
      <SelectField
        name="tax.hk.housing"
        label={t('tax.field.hk.housing')}
        value={value.housing}
        options={HK_HOUSING_KINDS.map((kind) => ({ value: kind, label: t(`tax.label.hkHousing.${kind}`) }))}
        hint={t('tax.ui.hk.housingHint')}
        onCommit={(housing) => housing && update({ housing })}
      />
      {value.housing !== 'none' ? (
        <TextField
          name="tax.hk.rentPaidMinor"
          label={hkd(t('tax.field.hk.rentPaidMinor'))}
          inputMode="decimal"
          value={value.rentPaidMinor}
          format={(minor) => formatMinorForField(minor, 'HKD')}
          parse={moneyParser('HKD', (minor) => checkWith(shape.rentPaidMinor, minor ?? 0), true)}
          onCommit={(rentPaidMinor) => update({ rentPaidMinor })}
        />
      ) : null}
    </div>
  );
}

/** Singapore: residence by the 183-day test (or chosen), reliefs, citizen or PR (CPF). */
export function SingaporeFields({ value, onChange }: { value: SingaporeSettings; onChange: (next: SingaporeSettings) => void }) {
  const { t } = useTranslation();
  const update = (patch: Partial<SingaporeSettings>) => onChange({ ...value, ...patch });
  const shape = SingaporeSettingsSchema.shape;
  return (
    <div className="form-grid" data-testid="tax-sg-fields">
      <SelectField
        name="tax.sg.residency"
        label={t('tax.field.sg.residency')}
        value={value.residency}
        options={SG_RESIDENCY.map((residency) => ({ value: residency, label: t(`tax.label.sgResidency.${residency}`) }))}
        onCommit={(residency) => residency && update({ residency })}
      />
      {value.residency === 'by-days' ? (
        <TextField
          name="tax.sg.daysInSingapore"
          label={t('tax.field.sg.daysInSingapore')}
          hint={t('tax.ui.sg.daysHint')}
          inputMode="numeric"
          value={value.daysInSingapore}
          format={(days) => (days === null ? '' : String(days))}
          parse={parseOptionalInteger(shape.daysInSingapore)}
          onCommit={(daysInSingapore) => update({ daysInSingapore })}
        />
      ) : null}
      <TextField
        name="tax.sg.otherReliefsMinor"
        label={t('tax.ui.amountIn', { label: t('tax.field.sg.otherReliefsMinor'), currency: 'SGD' })}
        inputMode="decimal"
        value={value.otherReliefsMinor}
        format={(minor) => formatMinorForField(minor, 'SGD')}
        parse={moneyParser('SGD', (minor) => checkWith(shape.otherReliefsMinor, minor ?? 0), true)}
        onCommit={(otherReliefsMinor) => update({ otherReliefsMinor })}
      />
      <TaxCheckbox name="tax.sg.isCitizenOrPr" label={t('tax.field.sg.isCitizenOrPr')} isChecked={value.isCitizenOrPr} onChange={(isCitizenOrPr) => update({ isCitizenOrPr })} />
    </div>
  );
}
