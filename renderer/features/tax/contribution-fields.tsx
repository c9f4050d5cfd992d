import { useTranslation } from 'react-i18next';
import { ContributionSettingsSchema, TaxSettingsSchema, type ContributionSettings } from '../../../shared/tax/schema';
import type { Parsed } from '../../components/field-parsers';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatBp, formatMinorForField } from './format';
import { checkObject, moneyParser, percentParser } from './tax-field-parsers';

const KINDS = ['none', 'percent-of-base', 'annual-amount'] as const;
const rateSchema = TaxSettingsSchema.shape.effectiveRateBp;
const formatRate = (bp: number) => formatBp(bp).replace('%', '');
const formatOptionalMoney = (value: number | null) => (value === null ? '' : formatMinorForField(value, 'CNY'));
const formatMoney = (value: number) => formatMinorForField(value, 'CNY');

function emptyOf(kind: (typeof KINDS)[number]): ContributionSettings {
  if (kind === 'percent-of-base') return { kind, rateBp: 0, monthlyBaseMinor: null, monthlyBaseCapMinor: null };
  if (kind === 'annual-amount') return { kind, annualMinor: 0 };
  return { kind: 'none' };
}

/** Social insurance or housing fund: none, a percent of a (capped) monthly base, or an amount a year, in yuan. */
export function ContributionFields({ field, value, onChange }: { field: 'socialInsurance' | 'housingFund'; value: ContributionSettings; onChange: (next: ContributionSettings) => void }) {
  const { t } = useTranslation();
  const name = `tax.${field}`;
  const yuan = (label: string) => t('tax.ui.amountIn', { label, currency: 'CNY' });
  // The field's value is the number; the check runs on the whole contribution object it would produce.
  const checkMinor =
    <T extends number | null>(build: (minor: T) => ContributionSettings) =>
    (minor: T): Parsed<T> => {
      const result = checkObject(ContributionSettingsSchema, build(minor));
      return result.ok ? { ok: true, value: minor } : result;
    };
  return (
    <div className="form-grid tax-contribution" data-contribution={field}>
      <SelectField
        name={`${name}.kind`}
        label={t(`tax.field.${field}`)}
        value={value.kind}
        options={KINDS.map((kind) => ({ value: kind, label: t(`tax.label.contribution.${kind}`) }))}
        onCommit={(kind) => kind && kind !== value.kind && onChange(emptyOf(kind))}
      />
      {value.kind === 'percent-of-base' ? (
        <>
          <TextField name={`${name}.rateBp`} label={`${t('tax.field.rateBp')} (%)`} inputMode="decimal" value={value.rateBp} format={formatRate} parse={percentParser(rateSchema)} onCommit={(rateBp) => onChange({ ...value, rateBp })} />
          <TextField
            name={`${name}.monthlyBaseMinor`}
            label={yuan(t('tax.field.monthlyBaseMinor'))}
            inputMode="decimal"
            value={value.monthlyBaseMinor}
            format={formatOptionalMoney}
            parse={moneyParser('CNY', checkMinor<number | null>((monthlyBaseMinor) => ({ ...value, monthlyBaseMinor })), true)}
            onCommit={(monthlyBaseMinor) => onChange({ ...value, monthlyBaseMinor })}
          />
          <TextField
            name={`${name}.monthlyBaseCapMinor`}
            label={yuan(t('tax.field.monthlyBaseCapMinor'))}
            inputMode="decimal"
            value={value.monthlyBaseCapMinor}
            format={formatOptionalMoney}
            parse={moneyParser('CNY', checkMinor<number | null>((monthlyBaseCapMinor) => ({ ...value, monthlyBaseCapMinor })), true)}
            onCommit={(monthlyBaseCapMinor) => onChange({ ...value, monthlyBaseCapMinor })}
          />
        </>
      ) : null}
      {value.kind === 'annual-amount' ? (
        <TextField
          name={`${name}.annualMinor`}
          label={yuan(t('tax.field.annualMinor'))}
          inputMode="decimal"
          value={value.annualMinor}
          format={formatMoney}
          parse={moneyParser('CNY', (minor) => checkMinor<number>((annualMinor) => ({ kind: 'annual-amount', annualMinor }))(minor ?? Number.NaN))}
          onCommit={(annualMinor) => onChange({ kind: 'annual-amount', annualMinor })}
        />
      ) : null}
    </div>
  );
}
