import { useTranslation } from 'react-i18next';
import { RENT_CITY_TIERS } from '../../../shared/tax/china-rules';
import {
  ChildSchema,
  DEDUCTION_SHARES,
  ElderlyParentsSchema,
  MAX_CHILDREN,
  SpecialDeductionSettingsSchema,
  type SpecialDeductionSettings,
} from '../../../shared/tax/schema';
import { checkWith, parseText } from '../../components/field-parsers';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatMinorForField } from './format';
import { moneyParser, yearsParser } from './tax-field-parsers';
import { TaxCheckbox } from './tax-checkbox';

type Deductions = SpecialDeductionSettings;
const shape = SpecialDeductionSettingsSchema.shape;
const formatMoney = (value: number) => formatMinorForField(value, 'CNY');
const identity = (value: string) => value;
const formatYears = (years: number[]) => years.join(', ');

/** China resident: special additional deductions and other deductions, in yuan (the law's amounts). */
export function DeductionFields({ value, onChange }: { value: Deductions; onChange: (next: Deductions) => void }) {
  const { t } = useTranslation();
  const yuan = (label: string) => t('tax.ui.amountIn', { label, currency: 'CNY' });
  const shareOptions = DEDUCTION_SHARES.map((share) => ({ value: share, label: t(`tax.label.share.${share}`) }));
  const parents = value.elderlyParents;
  const housing = value.housing;
  const setChild = (index: number, patch: Partial<Deductions['children'][number]>) =>
    onChange({ ...value, children: value.children.map((child, i) => (i === index ? { ...child, ...patch } : child)) });

  return (
    <div className="tax-deductions">
      <div className="tax-children">
        {value.children.map((child, index) => (
          <fieldset key={index} className="tax-child" data-child={index + 1}>
            <legend>{t('tax.ui.childN', { n: index + 1 })}</legend>
            <div className="form-grid">
              <TextField name={`tax.children.${index}.birthMonth`} label={t('tax.field.birthMonth')} placeholder="2024-05" value={child.birthMonth} format={identity} parse={parseText(ChildSchema.shape.birthMonth)} onCommit={(birthMonth) => setChild(index, { birthMonth })} />
              <SelectField name={`tax.children.${index}.share`} label={t('tax.field.share')} value={child.share} options={shareOptions} onCommit={(share) => share && setChild(index, { share })} />
              <TaxCheckbox name={`tax.children.${index}.isInEducation`} label={t('tax.field.isInEducation')} isChecked={child.isInEducation} onChange={(isInEducation) => setChild(index, { isInEducation })} />
            </div>
            <button type="button" className="link-button" name={`tax.children.${index}.remove`} onClick={() => onChange({ ...value, children: value.children.filter((_, i) => i !== index) })}>
              {t('tax.ui.removeChild')}
            </button>
          </fieldset>
        ))}
        {value.children.length < MAX_CHILDREN ? (
          <button
            type="button"
            name="tax.children.add"
            // A new child starts as born this January: a valid month the person then corrects.
            onClick={() => onChange({ ...value, children: [...value.children, { birthMonth: `${new Date().getFullYear()}-01`, share: 'full', isInEducation: true }] })}
          >
            {t('tax.ui.addChild')}
          </button>
        ) : null}
      </div>

      <div className="form-grid">
        <SelectField
          name="tax.elderlyParents.kind"
          label={t('tax.field.elderlyParents')}
          value={parents.kind}
          options={(['none', 'only-child', 'shared'] as const).map((kind) => ({ value: kind, label: t(`tax.label.elderlyParents.${kind}`) }))}
          onCommit={(kind) => {
            if (!kind || kind === parents.kind) return;
            onChange({ ...value, elderlyParents: kind === 'shared' ? { kind, monthlyShareMinor: 150_000 } : { kind } });
          }}
        />
        {parents.kind === 'shared' ? (
          <TextField
            name="tax.elderlyParents.monthlyShareMinor"
            label={yuan(t('tax.field.monthlyShareMinor'))}
            inputMode="decimal"
            value={parents.monthlyShareMinor}
            format={formatMoney}
            parse={moneyParser('CNY', (minor) => {
              const result = checkWith(ElderlyParentsSchema, { kind: 'shared', monthlyShareMinor: minor });
              return result.ok ? { ok: true, value: minor ?? 0 } : result;
            })}
            onCommit={(monthlyShareMinor) => onChange({ ...value, elderlyParents: { kind: 'shared', monthlyShareMinor } })}
          />
        ) : null}
        <SelectField
          name="tax.housing.kind"
          label={t('tax.field.housing')}
          value={housing.kind}
          options={(['none', 'mortgage', 'rent'] as const).map((kind) => ({ value: kind, label: t(`tax.label.housing.${kind}`) }))}
          onCommit={(kind) => {
            if (!kind || kind === housing.kind) return;
            onChange({ ...value, housing: kind === 'mortgage' ? { kind, share: 'full' } : kind === 'rent' ? { kind, cityTier: 'tier-1' } : { kind } });
          }}
        />
        {housing.kind === 'mortgage' ? (
          <SelectField name="tax.housing.share" label={t('tax.field.share')} value={housing.share} options={shareOptions} onCommit={(share) => share && onChange({ ...value, housing: { kind: 'mortgage', share } })} />
        ) : null}
        {housing.kind === 'rent' ? (
          <SelectField
            name="tax.housing.cityTier"
            label={t('tax.field.cityTier')}
            value={housing.cityTier}
            options={RENT_CITY_TIERS.map((tier) => ({ value: tier, label: t(`tax.label.cityTier.${tier}`) }))}
            onCommit={(cityTier) => cityTier && onChange({ ...value, housing: { kind: 'rent', cityTier } })}
          />
        ) : null}
        <TaxCheckbox name="tax.isInDegreeProgram" label={t('tax.field.isInDegreeProgram')} isChecked={value.isInDegreeProgram} onChange={(isInDegreeProgram) => onChange({ ...value, isInDegreeProgram })} />
        <TextField
          name="tax.certificateYears"
          label={t('tax.field.certificateYears')}
          hint={t('tax.ui.certificateYearsHint')}
          value={value.certificateYears}
          format={formatYears}
          parse={yearsParser(shape.certificateYears)}
          onCommit={(certificateYears) => onChange({ ...value, certificateYears })}
        />
        <TextField
          name="tax.seriousIllnessOutOfPocketMinor"
          label={yuan(t('tax.field.seriousIllnessOutOfPocketMinor'))}
          inputMode="decimal"
          value={value.seriousIllnessOutOfPocketMinor}
          format={formatMoney}
          parse={moneyParser('CNY', (minor) => checkWith(shape.seriousIllnessOutOfPocketMinor, minor))}
          onCommit={(seriousIllnessOutOfPocketMinor) => onChange({ ...value, seriousIllnessOutOfPocketMinor })}
        />
        <TextField
          name="tax.otherDeductionsMinor"
          label={yuan(t('tax.field.otherDeductionsMinor'))}
          inputMode="decimal"
          value={value.otherDeductionsMinor}
          format={formatMoney}
          parse={moneyParser('CNY', (minor) => checkWith(shape.otherDeductionsMinor, minor))}
          onCommit={(otherDeductionsMinor) => onChange({ ...value, otherDeductionsMinor })}
        />
      </div>
    </div>
  );
}
