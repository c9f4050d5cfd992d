import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESIDENCY_REVIEWED_ON, RESIDENCY_SOURCES } from '../../../shared/residency/sources';
import { US_TAX_STATUSES } from '../../../shared/plan/profile-schema';
import { SelectField } from '../../components/select-field';
import { usePlanner } from '../../store';
import { regionName } from '../../i18n/region-name';
import { TaxCheckbox } from '../tax/tax-checkbox';
import { sourceTitle } from '../../../shared/sources';
import { formatDate } from './format-date';
import { ResidencyConclusion } from './residency-conclusion';
import { StaysPanel } from './stays-panel';
import { useResidency } from './use-residency';
import { YearsTable } from './years-table';
import './residency.css';

/** Days in China: the conclusion first, then whose rules, the log, the years, and the rules' sources. */
export default function ResidencyView() {
  const { t, i18n } = useTranslation();
  const [includePlanned, setIncludePlanned] = useState(true);
  const { section, citizenship, usTaxStatus, basis, report, today } = useResidency(includePlanned);
  const updateProfile = usePlanner((s) => s.updateProfile);
  const setResidencyUsedForTax = usePlanner((s) => s.setResidencyUsedForTax);
  const countryName = citizenship ? regionName(citizenship, i18n.language) : null;
  return (
    <div className="residency" data-testid="residency-view">
      <h1>{t('residency.ui.title')}</h1>
      <p className="muted">{t('residency.ui.intro')}</p>
      {report ? <ResidencyConclusion report={report} today={today} /> : <p className="banner" data-testid="residency-empty">{t('residency.ui.empty')}</p>}

      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('residency.ui.rules.title')}</h2>
        <p data-testid="residency-rules">
          {basis === 'domicile' ? t('residency.ui.rules.domicile') : countryName ? t('residency.ui.rules.days', { country: countryName }) : t('residency.ui.rules.unknown')}
        </p>
        <div className="form-grid">
          <SelectField
            name="profile.usTaxStatus"
            label={t('residency.field.usTaxStatus')}
            value={usTaxStatus}
            options={US_TAX_STATUSES.map((value) => ({ value, label: t(`residency.field.usTaxStatus.${value}`) }))}
            hint={t('residency.field.usTaxStatus.hint')}
            onCommit={(value) => value && updateProfile({ usTaxStatus: value })}
          />
          <TaxCheckbox
            name="residency.isUsedForTax"
            label={t('residency.field.isUsedForTax')}
            hint={t('residency.field.isUsedForTax.hint')}
            isChecked={section.isUsedForTax}
            onChange={setResidencyUsedForTax}
          />
          <TaxCheckbox name="residency.includePlanned" label={t('residency.field.includePlanned')} isChecked={includePlanned} onChange={setIncludePlanned} />
        </div>
      </section>

      <StaysPanel stays={section.stays} />

      {report ? (
        <section className="card" aria-labelledby="years-title">
          <h2 id="years-title">{t('residency.ui.years.title')}</h2>
          <YearsTable report={report} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="basis-title" data-testid="residency-basis">
        <h2 id="basis-title">{t('residency.ui.basis.title')}</h2>
        <ul className="residency-sources">
          {Object.values(RESIDENCY_SOURCES).map((source) => (
            <li key={source.title}>
              {sourceTitle(source, i18n.language)}
              {source.date ? t('text.aside', { text: formatDate(source.date, i18n.language) }) : ''}
              {source.url ? <span className="muted"> · {source.url}</span> : null}
            </li>
          ))}
        </ul>
        <p className="muted small">
          {t('residency.ui.basis.absenceReading')} <span className="tag tag--verify">{t('checklists.verify.label')}</span>
        </p>
        <p className="muted small">{t('residency.ui.basis.reviewedOn', { date: formatDate(RESIDENCY_REVIEWED_ON, i18n.language) })}</p>
      </section>
    </div>
  );
}
