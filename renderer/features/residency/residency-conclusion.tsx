import { useTranslation } from 'react-i18next';
import { RESIDENCE_DAYS } from '../../../shared/residency/calendar-years';
import type { ResidencyReport } from '../../../shared/residency/residency-report';
import { formatDate } from './format-date';

/** The answer first: this year's residence, the six-year rule, the FEIE window. */
export function ResidencyConclusion({ report, today }: { report: ResidencyReport; today: string }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  const d = (iso: string) => formatDate(iso, i18n.language);
  const thisYear = Number(today.slice(0, 4));
  const row = report.years.find((y) => y.year === thisYear) ?? report.years.at(-1)!;
  const lines: { key: string; text: string; testId: string }[] = [];
  if (report.basis === 'domicile') {
    lines.push({ key: 'year', testId: 'conclusion-year', text: t('residency.ui.conclusion.domicile', { year: row.year, days: n(row.fullDays) }) });
  } else if (row.isResidentByDays) {
    lines.push({ key: 'year', testId: 'conclusion-year', text: t('residency.ui.conclusion.resident', { year: row.year, days: n(row.fullDays) }) });
  } else {
    lines.push({
      key: 'year',
      testId: 'conclusion-year',
      text: t('residency.ui.conclusion.nonResident', { year: row.year, days: n(row.fullDays), short: n(RESIDENCE_DAYS - row.fullDays) }),
    });
  }
  if (report.sixYear) {
    const { firstTaxableYear, earliestPossibleYear } = report.sixYear;
    if (firstTaxableYear !== null) lines.push({ key: 'six', testId: 'conclusion-six-year', text: t('residency.ui.conclusion.foreignTaxable', { year: firstTaxableYear }) });
    else if (earliestPossibleYear !== null)
      lines.push({ key: 'six', testId: 'conclusion-six-year', text: t('residency.ui.conclusion.foreignExemptUntil', { year: earliestPossibleYear }) });
  }
  if (report.presence) {
    const { fullDays, from, to, isMet } = report.presence;
    lines.push({
      key: 'feie',
      testId: 'conclusion-feie',
      text: t(isMet ? 'residency.ui.conclusion.feieMet' : 'residency.ui.conclusion.feieNotMet', { days: n(fullDays), from: d(from), to: d(to) }),
    });
  }
  return (
    <div className="banner residency-conclusion" data-testid="residency-conclusion" role="status">
      {lines.map((line) => (
        <p key={line.key} data-testid={line.testId}>
          <strong>{line.text}</strong>
        </p>
      ))}
      {report.presence ? <p className="muted small">{t('residency.ui.feieOtherCountries')}</p> : null}
      {report.hasOpenStay ? <p className="muted small">{t('residency.ui.openStay', { date: d(report.openUntil) })}</p> : null}
      <p className="muted small">{t(report.includePlanned ? 'residency.ui.withPlans' : 'residency.ui.withoutPlans')}</p>
    </div>
  );
}
