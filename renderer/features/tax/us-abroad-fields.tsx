import { useTranslation } from 'react-i18next';
import type { OfferTakeHome } from '../../../shared/offer-tax/offer-take-home';
import { US_TAX_STATUSES } from '../../../shared/plan/profile-schema';
import { US_ABROAD_ROUTES, UsAbroadSettingsSchema, type UsAbroadSettings, type UsPersonStatus } from '../../../shared/tax/us/us-schema';
import { checkWith } from '../../components/field-parsers';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { usePlanner } from '../../store';
import { formatMinorForField, useTaxMoney } from './format';
import { moneyParser } from './tax-field-parsers';
import { TaxCheckbox } from './tax-checkbox';

/**
 * A job abroad for a US citizen or green-card holder: the US return still counts these wages. Asks the
 * profile question when it is not answered; otherwise the route and what the US takes, year by year.
 */
export function UsAbroadFields({ settings, takeHome, onChange }: { settings: UsAbroadSettings | undefined; takeHome: OfferTakeHome | null; onChange: (next: UsAbroadSettings) => void }) {
  const { t } = useTranslation();
  const money = useTaxMoney();
  const status = usePlanner((s) => s.document?.profile.usTaxStatus ?? null);
  const editDocument = usePlanner((s) => s.editDocument);
  const value = UsAbroadSettingsSchema.parse(settings ?? {});
  const update = (patch: Partial<UsAbroadSettings>) => onChange({ ...value, ...patch });
  const setStatus = (next: UsPersonStatus | null) => {
    if (next) editDocument((d) => ({ ...d, profile: { ...d.profile, usTaxStatus: next } }));
  };
  const question = (
    <SelectField<UsPersonStatus>
      name="profile.usTaxStatus"
      label={t('tax.ui.usAbroad.question')}
      value={status}
      options={US_TAX_STATUSES.map((s) => ({ value: s, label: t(`tax.ui.usTaxStatus.${s}`) }))}
      hint={t('tax.ui.usAbroad.questionHint')}
      onCommit={setStatus}
    />
  );
  if (status !== 'citizen' && status !== 'green-card') {
    return (
      <div className="form-grid" data-testid="tax-us-abroad">
        {question}
      </div>
    );
  }
  const years = takeHome?.years ?? [];
  return (
    <div data-testid="tax-us-abroad">
      <h3>{t('tax.ui.usAbroad.title')}</h3>
      <p className="field__hint">{t('tax.ui.usAbroad.intro')}</p>
      <div className="form-grid">
        {question}
        <SelectField
          name="tax.usAbroad.route"
          label={t('tax.field.usAbroad.route')}
          value={value.route}
          options={US_ABROAD_ROUTES.map((route) => ({ value: route, label: t(`tax.label.usRoute.${route}`) }))}
          onCommit={(route) => route && update({ route })}
        />
        <SelectField
          name="tax.usAbroad.filingStatus"
          label={t('tax.field.us.filingStatus')}
          value={value.filingStatus}
          options={(['single', 'married-joint'] as const).map((s) => ({ value: s, label: t(`tax.label.filingStatus.${s}`) }))}
          onCommit={(filingStatus) => filingStatus && update({ filingStatus })}
        />
        <TaxCheckbox name="tax.usAbroad.meetsPresenceTest" label={t('tax.field.usAbroad.meetsPresenceTest')} isChecked={value.meetsPresenceTest} onChange={(meetsPresenceTest) => update({ meetsPresenceTest })} />
        <TaxCheckbox name="tax.usAbroad.hasAmericanEmployer" label={t('tax.field.usAbroad.hasAmericanEmployer')} isChecked={value.hasAmericanEmployer} onChange={(hasAmericanEmployer) => update({ hasAmericanEmployer })} />
        <TaxCheckbox
          name="tax.usAbroad.keepsCaliforniaDomicile"
          label={t('tax.field.usAbroad.keepsCaliforniaDomicile')}
          hint={t('tax.ui.usAbroad.domicileHint')}
          isChecked={value.keepsCaliforniaDomicile}
          onChange={(keepsCaliforniaDomicile) => update({ keepsCaliforniaDomicile })}
        />
        <TextField
          name="tax.usAbroad.carryoverInMinor"
          label={t('tax.ui.amountIn', { label: t('tax.field.usAbroad.carryoverInMinor'), currency: 'USD' })}
          inputMode="decimal"
          value={value.carryoverInMinor}
          format={(minor) => formatMinorForField(minor, 'USD')}
          parse={moneyParser('USD', (minor) => checkWith(UsAbroadSettingsSchema.shape.carryoverInMinor, minor ?? 0), true)}
          onCommit={(carryoverInMinor) => update({ carryoverInMinor })}
        />
      </div>
      <ul className="tax-us-abroad__years" data-testid="tax-us-abroad-years">
        {years.map((year) => {
          if (year.outcome.status !== 'taxed') return null;
          const summary = year.outcome.computation.usAbroad;
          if (!summary) return null;
          if (summary.status !== 'computed' || !summary.usd || !summary.chosen || !summary.suggested) {
            return (
              <li key={year.year} data-year={year.year}>
                {t('tax.ui.usAbroad.yearUnavailable', { year: year.year })}
              </li>
            );
          }
          return (
            <li key={year.year} data-year={year.year}>
              {t('tax.ui.usAbroad.yearLine', {
                year: year.year,
                total: money(summary.usd.totalMinor, 'USD'),
                route: t(`tax.label.usRoute.${summary.chosen}`),
                carryover: money(summary.usd.carryoverMinor, 'USD'),
                feie: money(summary.usd.feieTaxMinor, 'USD'),
                ftc: money(summary.usd.ftcTaxMinor, 'USD'),
                suggested: t(`tax.label.usRoute.${summary.suggested}`),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
