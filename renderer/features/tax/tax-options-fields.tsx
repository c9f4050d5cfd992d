import { useTranslation } from 'react-i18next';
import type { OptionAvailability, YearOptionSummary } from '../../../shared/offer-tax/tax-options';
import type { TaxSettings } from '../../../shared/tax/schema';
import { SelectField } from '../../components/select-field';
import { useTaxMoney } from './format';
import { TaxCheckbox } from './tax-checkbox';
import { useDates } from '../../i18n/use-dates';

interface Props {
  settings: TaxSettings;
  availability: OptionAvailability;
  summaries: readonly YearOptionSummary[];
  onChange: (patch: Partial<TaxSettings>) => void;
}

/**
 * The annual bonus (separately or combined) and, for a foreign resident, allowances exempt or special
 * deductions, each with the better option suggested per year. Both options end with payments made on
 * 2027-12-31: an option no payment of the offer can use (no bonus paid by then, no allowance month up to
 * then) is not offered at all; one the person already chose stays visible so the choice is not silently
 * changed. The hints name the dates that decide, so a year "mostly in 2027" is not mistaken for eligible.
 */
export function TaxOptionsFields({ settings, availability, summaries, onChange }: Props) {
  const { t } = useTranslation();
  const dates = useDates();
  const money = useTaxMoney();
  const isResident = settings.model === 'china-resident';
  const bonusYears = availability.years
    .filter((y) => y.isSeparateBonusAvailable)
    .map((y) => t('tax.ui.bonusYearList', { year: y.year, paidOn: dates.date(y.annualBonusPaidOn) }))
    .join(t('text.listSeparator'));
  const exemptionYears = availability.years
    .filter((y) => y.exemptionMonths > 0)
    .map((y) => t('tax.ui.exemptionYearList', { year: y.year, months: y.exemptionMonths }))
    .join(t('text.listSeparator'));
  const bonusValues = (['auto', 'combined', 'separate'] as const).filter(
    (value) => value !== 'separate' || availability.separateBonusYears.length > 0 || settings.bonusTreatment === 'separate',
  );
  const exemptionValues = (['auto', 'deductions', 'exempt'] as const).filter(
    (value) => value !== 'exempt' || availability.exemptionYears.length > 0 || settings.exemptionPreference === 'exempt',
  );
  const saving = (amount: number) => (amount > 0 ? ` (${t('tax.ui.suggestSaving', { amount: money(amount, 'CNY') })})` : '');

  return (
    <div className="tax-options">
      <div className="form-grid">
        {isResident ? (
          <SelectField
            name="tax.bonusTreatment"
            label={t('tax.field.bonusTreatment')}
            value={settings.bonusTreatment}
            options={bonusValues.map((value) => ({ value, label: t(`tax.label.bonusTreatment.${value}`) }))}
            hint={availability.separateBonusYears.length > 0 ? t('tax.ui.bonusSeparateYears', { years: bonusYears }) : t('tax.ui.bonusSeparateEnded', { paidOn: dates.date(availability.firstBonusPaidOn) })}
            onCommit={(bonusTreatment) => bonusTreatment && onChange({ bonusTreatment })}
          />
        ) : null}
        {isResident && settings.isForeignNational ? (
          <SelectField
            name="tax.exemptionPreference"
            label={t('tax.field.exemptionPreference')}
            value={settings.exemptionPreference}
            options={exemptionValues.map((value) => ({ value, label: t(`tax.label.exemptionPreference.${value}`) }))}
            hint={availability.exemptionYears.length > 0 ? t('tax.ui.exemptionYears', { years: exemptionYears }) : t('tax.ui.exemptionEnded')}
            onCommit={(exemptionPreference) => exemptionPreference && onChange({ exemptionPreference })}
          />
        ) : null}
        <TaxCheckbox name="tax.allowAssumedRules" label={t('tax.field.allowAssumedRules')} hint={t('tax.ui.assumedRulesHint')} isChecked={settings.allowAssumedRules} onChange={(allowAssumedRules) => onChange({ allowAssumedRules })} />
      </div>
      {summaries.some((s) => s.bonus || s.allowances) ? (
        <ul className="tax-suggestions" data-testid="tax-suggestions">
          {summaries.flatMap((s) => [
            s.bonus ? (
                <li key={`bonus-${s.year}`} data-suggestion="bonus">
                  {t('tax.ui.suggestBonus', {
                    year: s.year,
                    taxYear: s.taxYear,
                    separate: money(s.bonus.taxByOption.separate ?? 0, 'CNY'),
                    combined: money(s.bonus.taxByOption.combined ?? 0, 'CNY'),
                    suggested: t(`tax.label.bonusTreatment.${s.bonus.suggested}`),
                  })}
                  {saving(s.bonus.savingMinor)}
                </li>
              ) : null,
              s.allowances ? (
                <li key={`allowances-${s.year}`} data-suggestion="allowances">
                  {t('tax.ui.suggestAllowances', {
                    year: s.year,
                    taxYear: s.taxYear,
                    exempt: money(s.allowances.taxByOption.exempt ?? 0, 'CNY'),
                    deductions: money(s.allowances.taxByOption.deductions ?? 0, 'CNY'),
                    suggested: t(`tax.label.allowanceTreatment.${s.allowances.suggested}`),
                  })}
                  {saving(s.allowances.savingMinor)}
                </li>
              ) : null,
          ])}
        </ul>
      ) : null}
    </div>
  );
}
